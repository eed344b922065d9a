/** `/<v>/plan.docx`: the version as a download (src/lib/downloads/). */
import type { APIRoute } from 'astro';
import { downloadResponse, downloadStaticPaths } from '../../data/download-route.ts';

export const getStaticPaths = downloadStaticPaths;
export const GET: APIRoute = (context) => downloadResponse(context, 'docx');
