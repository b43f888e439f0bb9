/**
 * A tiny well-formedness checker for the SVG (XML) and HTML the charts and the report write, so
 * the tests need no DOM. It checks: tags nest and close, attributes are `name="value"` without
 * duplicates, `<` never appears raw and `&` only starts an entity, and (XML) one root element.
 */

const HTML_VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const ENTITY = /^&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);/;

export interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
}

export interface CheckResult {
  readonly errors: readonly string[];
  /** Every start tag, in document order. */
  readonly elements: readonly Element[];
}

function checkText(text: string, at: number, errors: string[]): void {
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    if (!ENTITY.test(text.slice(i))) errors.push(`bare & at ${at + i}`);
  }
}

/** Checks `source` as XML (`mode: "xml"`) or HTML (void elements, doctype, raw-text style). */
export function checkMarkup(source: string, mode: "xml" | "html"): CheckResult {
  const errors: string[] = [];
  const elements: Element[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const text = lt === -1 ? source.slice(i) : source.slice(i, lt);
    checkText(text, i, errors);
    if (stack.length === 0 && text.trim() !== "" && mode === "xml")
      errors.push(`text outside the root at ${i}`);
    if (lt === -1) break;
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      if (end === -1) {
        errors.push(`unclosed comment at ${lt}`);
        break;
      }
      i = end + 3;
      continue;
    }
    if (source.startsWith("<!DOCTYPE", lt) || source.startsWith("<?", lt)) {
      const end = source.indexOf(">", lt);
      i = end + 1;
      continue;
    }
    const gt = source.indexOf(">", lt);
    if (gt === -1) {
      errors.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = source.slice(lt + 1, gt);
    if (tag.includes("<")) errors.push(`raw < inside a tag at ${lt}`);
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open ?? "nothing"}> at ${lt}`);
      i = gt + 1;
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([A-Za-z][\w:-]*)/.exec(body);
    if (m === null) {
      errors.push(`bad tag name at ${lt}: ${tag.slice(0, 20)}`);
      i = gt + 1;
      continue;
    }
    const name = m[1] as string;
    const attrs: Record<string, string> = {};
    let rest = body.slice(name.length);
    const attr = /^\s+([A-Za-z_:][\w:.-]*)(?:="([^"]*)")?/;
    while (rest.trim() !== "") {
      const a = attr.exec(rest);
      if (a === null) {
        errors.push(`bad attribute in <${name}> at ${lt}: ${rest.slice(0, 30)}`);
        break;
      }
      const key = a[1] as string;
      const value = a[2];
      if (value === undefined && mode === "xml")
        errors.push(`attribute ${key} without value in <${name}>`);
      if (Object.hasOwn(attrs, key)) errors.push(`duplicate attribute ${key} in <${name}>`);
      attrs[key] = value ?? "";
      checkText(value ?? "", lt, errors);
      rest = rest.slice(a[0].length);
    }
    elements.push({ name, attrs });
    i = gt + 1;
    if (stack.length === 0) roots++;
    const isVoid = mode === "html" && HTML_VOID.has(name.toLowerCase());
    if (selfClosing || isVoid) continue;
    if (mode === "html" && (name === "style" || name === "script")) {
      const close = source.indexOf(`</${name}>`, i);
      if (close === -1) {
        errors.push(`unclosed <${name}>`);
        break;
      }
      i = close + name.length + 3;
      continue;
    }
    stack.push(name);
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(" > ")}`);
  if (mode === "xml" && roots !== 1) errors.push(`expected one root element, found ${roots}`);
  return { errors, elements };
}

/** Text content of the markup: tags removed, the five XML entities decoded. */
export function textOf(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
