/**
 * The eager part of provision-arrival.client.ts: an article, 款 or 项 anchor in
 * the address that is not on this page loads the note that says where it is,
 * only then (reading pages carry none of it).
 */
function checkArrival(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (/^a[1-9]\d*(?:-[1-9]\d*){0,2}$/.test(id) && !document.getElementById(id)) void import('./provision-arrival.client.ts').then((m) => m.arrive());
}
checkArrival();
addEventListener('hashchange', checkArrival);

export {};
