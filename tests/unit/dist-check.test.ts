import { describe, expect, it } from 'vitest';
import { checkDist, type BuiltPage } from '../../src/lib/dist-check.ts';

/** A well-formed page with the given body. */
function page(path: string, body: string, head = '<title>页面</title>'): BuiltPage {
  return { path, html: `<!doctype html><html lang="zh-CN"><head>${head}</head><body><h1>标题</h1>${body}</body></html>` };
}

const section = page('/ed2/4/2/', '<h2 id="a18">第十八条</h2><h2 id="a19">第十九条</h2><a href="#a19">§</a>');


describe('checkDist', () => {
  it('passes pages whose links and anchors all resolve', () => {
    const pages = [section, page('/ed2/', '<a href="/ed2/4/2/#a18">第十八条</a><a href="4/2/">相对</a><a href="/ed2/plan.json">JSON</a><a href="/ed2/4/2">无斜杠</a>')];
    expect(checkDist(pages, ['/ed2/plan.json'])).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    expect(checkDist([page('/', '<a href="/ed2/9/9/">缺失</a>')], [])).toEqual([{ page: '/', message: 'links to /ed2/9/9/, which does not exist' }]);
  });

  it('reports a relative link that resolves to a missing page', () => {
    expect(checkDist([page('/ed2/', '<a href="5/">缺失</a>')], [])).toEqual([{ page: '/ed2/', message: 'links to 5/, which does not exist' }]);
  });

  it('reports a missing #anchor and lists the anchors the page has', () => {
    const problems = checkDist([section, page('/', '<a href="/ed2/4/2/#a20">第二十条</a>')], []);
    expect(problems).toEqual([{ page: '/', message: 'links to /ed2/4/2/#a20, but /ed2/4/2/ has no #a20 (it has: a18, a19)' }]);
  });

  it('cuts a long list of existing anchors after twelve', () => {
    const many = page('/ed2/all/', Array.from({ length: 15 }, (_, i) => `<p id="p${i + 1}"></p>`).join(''));
    const [p] = checkDist([many, page('/', '<a href="/ed2/all/#zz">x</a>')], []);
    expect(p!.message).toBe('links to /ed2/all/#zz, but /ed2/all/ has no #zz (it has: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, …)');
  });

  it('reports a missing anchor on the same page', () => {
    expect(checkDist([page('/x/', '<a href="#nowhere">x</a>')], [])).toEqual([{ page: '/x/', message: 'links to #nowhere, but /x/ has no #nowhere (it has: no anchors)' }]);
  });

  it('decodes percent-encoded anchors and paths before looking them up', () => {
    const pages = [page('/关于/', '<h2 id="事实">事实</h2>'), page('/', `<a href="${encodeURI('/关于/')}#${encodeURIComponent('事实')}">x</a>`)];
    expect(checkDist(pages, [])).toEqual([]);
  });

  it('reports a page without lang="zh-CN"', () => {
    const html = '<!doctype html><html lang="en"><head><title>t</title></head><body><h1>h</h1></body></html>';
    expect(checkDist([{ path: '/en/', html }], [])).toEqual([{ page: '/en/', message: 'the page lacks <html lang="zh-CN">' }]);
    const none = '<!doctype html><html><head><title>t</title></head><body><h1>h</h1></body></html>';
    expect(checkDist([{ path: '/none/', html: none }], [])[0]!.message).toBe('the page lacks <html lang="zh-CN">');
  });

  it('reports a page without a title or with an empty one', () => {
    expect(checkDist([page('/a/', '', '')], [])).toEqual([{ page: '/a/', message: 'the page has no <title>' }]);
    expect(checkDist([page('/b/', '', '<title>  </title>')], [])).toEqual([{ page: '/b/', message: 'the page has no <title>' }]);
  });

  it('reports a page with two h1 elements, or none', () => {
    expect(checkDist([page('/a/', '<h1>第二个</h1>')], [])).toEqual([{ page: '/a/', message: 'the page has 2 <h1> elements; it needs exactly one' }]);
    const noH1 = '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><p>x</p></body></html>';
    expect(checkDist([{ path: '/b/', html: noH1 }], [])).toEqual([{ page: '/b/', message: 'the page has 0 <h1> elements; it needs exactly one' }]);
  });

  it('does not ask a redirect page for an h1', () => {
    const html = '<!doctype html><html lang="zh-CN"><head><title>跳转</title><meta http-equiv="refresh" content="0;url=/ed2/"></head><body><a href="/ed2/">/ed2/</a></body></html>';
    expect(checkDist([{ path: '/old/', html }, page('/ed2/', '')], [])).toEqual([]);
  });

  it('reports an id used twice on a page, including a[name]', () => {
    expect(checkDist([page('/a/', '<h2 id="a18"></h2><p id="a18"></p>')], [])).toEqual([{ page: '/a/', message: 'the id "a18" is used twice' }]);
    expect(checkDist([page('/b/', '<h2 id="x"></h2><a name="x"></a>')], [])).toEqual([{ page: '/b/', message: 'the id "x" is used twice' }]);
  });

  it('ignores external links of every scheme', () => {
    const body = ['https://example.org/nowhere/', 'http://example.org/x#y', 'mailto:a@example.org', 'tel:+860000', 'data:text/plain,x', 'javascript:void(0)', '//cdn.example.org/missing.js', 'HTTPS://EXAMPLE.ORG/'].map((h) => `<a href="${h}">x</a>`).join('');
    expect(checkDist([page('/', body)], [])).toEqual([]);
  });

  it('ignores query strings when resolving a link', () => {
    const pages = [page('/search/', ''), section, page('/', '<a href="/search/?q=%E7%AC%AC18%E6%9D%A1">搜</a><a href="/ed2/4/2/?from=x#a18">x</a>')];
    expect(checkDist(pages, [])).toEqual([]);
  });

  it('checks canonical and alternate links too', () => {
    const head = '<title>t</title><link rel="canonical" href="/ed2/9/"><link rel="alternate" href="/feed.xml">';
    expect(checkDist([page('/latest/9/', '', head)], ['/feed.xml'])).toEqual([{ page: '/latest/9/', message: 'links to /ed2/9/, which does not exist' }]);
  });

  it('checks absolute links to localhost as internal (a site URL left unset)', () => {
    expect(checkDist([page('/', '<a href="http://localhost:4321/ed2/">x</a>')], [])).toEqual([{ page: '/', message: 'links to http://localhost:4321/ed2/, which does not exist' }]);
  });

  it('reports a malformed link instead of stopping', () => {
    const pages = [page('/', '<a href="/%E0%A4%A/">x</a><a href="#%E0">y</a><a href="/gone/">z</a>')];
    expect(checkDist(pages, []).map((p) => p.message)).toEqual([
      'links to /%E0%A4%A/, which is not a valid URL',
      'links to #%E0, which is not a valid URL',
      'links to /gone/, which does not exist',
    ]);
  });

  it('reports every problem of every page', () => {
    const bad = { path: '/bad/', html: '<html><body><h1>a</h1><h1>b</h1><a href="/gone/">x</a></body></html>' };
    expect(checkDist([bad], []).map((p) => p.message)).toEqual([
      'the page lacks <html lang="zh-CN">',
      'the page has no <title>',
      'the page has 2 <h1> elements; it needs exactly one',
      'links to /gone/, which does not exist',
    ]);
  });
});
