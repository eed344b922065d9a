/**
 * The GB/T 7714 form on an article page records the date the reader accessed
 * the text ("按您打开本页的日期"): the build writes its own day, and this sets
 * today's as the page opens. Eager and tiny, unlike the copy code it once
 * lived in (plan-cite.client.ts loads on first use): a reader who reads the
 * date off the screen or prints the page never reaches for the box.
 */
const today = new Date().toLocaleDateString('sv');
for (const t of document.querySelectorAll<HTMLTimeElement>('time.access-date')) {
  t.dateTime = today;
  t.textContent = today;
}

export {};
