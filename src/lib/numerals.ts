/**
 * Chinese numerals as Chinese plan and legal texts write them (第十八条, 第一百零二条,
 * 第一万零一条), both ways. Below 10,000 the units are 十百千; above, groups of
 * four places under 万 and 亿 (issue 15: a generated or consolidated text can
 * pass 第一万条, and must not silently turn into body text there).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The characters that can appear in a Chinese numeral, for building regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Every character of a numeral as plan texts print them (Chinese, Arabic, full-width), for a regex character class. */
export const NUMERAL_CLASS_CHARS = `${CHINESE_NUMERAL_CHARS}0-9０-９`;

/** The units above 千, largest first: each groups four places. */
const GROUP_UNITS: readonly [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
];

/**
 * Parse a Chinese numeral such as 十八, 一百零二, 两百, 二〇 (digit-by-digit),
 * 一万零一, 三万二千. Returns null for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim();
  for (const [unit, value] of GROUP_UNITS) {
    const at = s.indexOf(unit);
    if (at < 0) continue;
    if (at === 0 || s.indexOf(unit, at + 1) >= 0) return null;
    const high = parseChineseNumeral(s.slice(0, at));
    if (high === null || high < 1 || high >= value) return null;
    return withLowGroup(high * value, s.slice(at + 1), value);
  }
  return parseBelowTenThousand(s);
}

/**
 * Adds what follows 万/亿 (`rest`) to `base`: nothing, 零 + a smaller number
 * (一万零一), or a full group starting at the next place down (一万二千).
 */
function withLowGroup(base: number, rest: string, unit: number): number | null {
  if (rest === '') return base;
  const zero = /^[零〇]/.test(rest);
  const low = parseChineseNumeral(zero ? rest.slice(1) : rest);
  if (low === null || low < 1 || low >= unit) return null;
  // Without 零 the low group must fill the next place (一万二千); 一万二 (colloquial 12000) is refused.
  if (!zero && low < unit / 10) return null;
  if (zero && low >= unit / 10) return null;
  return base + low;
}

function parseBelowTenThousand(s: string): number | null {
  if (s === '' || ![...s].every((ch) => ch in DIGITS || ch in UNITS)) return null;
  // Digit-by-digit form (一〇二), used in some texts for numbers and years.
  if (![...s].some((ch) => ch in UNITS)) {
    if (s.length === 1) return DIGITS[s]!;
    return Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = Infinity;
  let zeroSeen = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      const d = DIGITS[ch]!;
      if (d === 0) {
        if (pending !== null) return null; // 一零 is not a numeral
        zeroSeen = true;
        continue;
      }
      if (pending !== null) return null; // two digits in a row: 十二三
      pending = d;
    } else {
      const unit = UNITS[ch]!;
      if (unit >= lastUnit) return null; // units must fall: 十百 is wrong
      // 十 alone at the start means 一十 (十八 = 18); elsewhere a unit needs its digit.
      if (pending === null) {
        // 十 alone means 一十: at the start (十八 = 18) and after 零 (一千零十 = 1010).
        if (unit === 10 && (total === 0 || zeroSeen)) pending = 1;
        else return null;
      }
      total += pending * unit;
      pending = null;
      lastUnit = unit;
      zeroSeen = false;
    }
  }
  if (pending !== null) {
    // A trailing digit is the ones place; 一百二 colloquially means 120, which
    // plan texts never use, so only accept it after a 零 or after 十.
    if (lastUnit > 10 && !zeroSetBefore(s)) return null;
    total += pending;
  }
  return total;
}

/** Whether a 零/〇 stands before the last digit (一百零二): needed to tell 102 from colloquial 120. */
function zeroSetBefore(s: string): boolean {
  const chars = [...s];
  return chars.length >= 2 && (chars[chars.length - 2] === '零' || chars[chars.length - 2] === '〇');
}

/**
 * Write n as a Chinese numeral in the form plan texts use:
 * 10 → 十, 18 → 十八, 110 → 一百一十, 102 → 一百零二, 10001 → 一万零一, 10010 → 一万零一十.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e16) {
    throw new RangeError(`toChineseNumeral: ${n} is not a whole number from 0 to 10^16`);
  }
  for (const [unit, value] of GROUP_UNITS) {
    if (n < value) continue;
    const high = Math.floor(n / value);
    const low = n % value;
    if (low === 0) return `${toChineseNumeral(high)}${unit}`;
    // Inside a number 10–19 keep their 一 (一万零一十), and a gap in the places is a 零.
    const lowText = low >= 10 && low < 20 ? `一${toChineseNumeral(low)}` : toChineseNumeral(low);
    return `${toChineseNumeral(high)}${unit}${low < value / 10 ? '零' : ''}${lowText}`;
  }
  if (n === 0) return '零';
  if (n < 10) return DIGIT_CHARS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGIT_CHARS[n % 10] : '');
  const parts: string[] = [];
  const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let needZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (parts.length > 0) needZero = true;
      continue;
    }
    if (needZero) parts.push('零');
    needZero = false;
    parts.push(DIGIT_CHARS[d]! + unit);
  }
  return parts.join('');
}

/** A unit of a legal text counted the legal way: 第四章, 第二节, 第十八条, 第二款. */
export type CountedUnit = '章' | '节' | '条' | '款';

/** 第十八条: the nth chapter, section, article or paragraph, as Chinese legal texts count them. */
export function countedLabel(n: number, unit: CountedUnit): string {
  return `第${toChineseNumeral(n)}${unit}`;
}

/** 第（三）项: the nth item of a paragraph (its number in full-width brackets). */
export function itemLabel(n: number): string {
  return `第（${toChineseNumeral(n)}）项`;
}

/** Full-width digits ０–９ to ASCII. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Parse a number written in Chinese numerals, Arabic digits or full-width digits
 * (十八, 18, １８). Returns null when the text is not a number.
 */
export function parseNumeral(text: string): number | null {
  const s = toHalfWidthDigits(text.trim());
  if (/^\d+$/.test(s)) return Number.isSafeInteger(Number(s)) ? Number(s) : null;
  return parseChineseNumeral(s);
}
