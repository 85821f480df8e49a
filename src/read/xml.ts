// The XML parts of a workbook, parsed by saxes (a conforming, streaming XML 1.0 parser) as they
// are inflated. This file adds what saxes leaves to its user: the part's encoding (UTF-8, or UTF-16
// with its byte-order mark, as the OOXML packaging allows), namespaces (an element is known by its
// namespace and local name, whatever its prefix), and refusals: a document type declaration (no
// workbook part has one; it is how entity bombs and external entities come in), bytes that are not
// text in the part's encoding, and anything that is not well-formed.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { TextDecoder } from 'util';

/** Namespaces of the parts read (transitional OOXML, and the strict variant). */
export const NS = {
  main: [
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
  ],
  officeRels: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  packageRels: ['http://schemas.openxmlformats.org/package/2006/relationships'],
  contentTypes: ['http://schemas.openxmlformats.org/package/2006/content-types'],
} as const;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * The namespaces above as the very strings handlers compare with: a name's namespace is then the
 * same string object, and comparing it costs one pointer test instead of 60 characters per element.
 */
const KNOWN = new Map(Object.values(NS).flatMap((uris: readonly string[]) => uris.map((uri) => [uri, uri])));

/** Not well-formed, not text, or a declaration no workbook part has: the part cannot be trusted. */
export class XmlProblem extends Error {}

/** An element's attributes by qualified name (`t`, `r:id`), values with references decoded. */
export type XmlAttributes = Readonly<Record<string, string>>;

/** Called as elements open and close, with each element's namespace and local name. */
export interface XmlHandlers {
  open(uri: string, local: string, attributes: XmlAttributes): void;
  close(uri: string, local: string): void;
  text(text: string): void;
}

interface Name {
  readonly uri: string;
  readonly local: string;
}

interface Scope {
  readonly prefixes: ReadonlyMap<string, string>;
  /** Qualified name → namespace and local name, under these prefixes. */
  readonly names: Map<string, Name>;
  /** The depth of the element that declared these prefixes. */
  readonly depth: number;
}

const IGNORE: XmlHandlers = { open: () => undefined, close: () => undefined, text: () => undefined };

/**
 * A streaming parse: bytes in (`write`), `handlers` called as elements open and close. During
 * `open`, `attribute()` reads a prefixed attribute by its namespace. Per element, the work beyond
 * saxes' own is a look-up of its qualified name (namespace declarations, rare past the root
 * element, start a new table).
 */
export class XmlPart {
  // Positions are not tracked: a message about a part's XML names the part, not a column of it.
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  /** Set before the first write. */
  handlers: XmlHandlers = IGNORE;
  private decoder: TextDecoder | undefined;
  private started = false;
  private depth = 0;
  /** An attribute of the element being read is named xmlns…. */
  private declares = false;
  private readonly outer: Scope[] = [];
  /** The names of the elements open (saxes refuses a close tag that is not the last opened). */
  private readonly open: Name[] = [];
  private scope: Scope = { prefixes: new Map([['xml', XML_NAMESPACE]]), names: new Map(), depth: 0 };

  constructor() {
    const parser = this.parser;
    parser.on('doctype', () => {
      throw this.problem('a document type declaration (<!DOCTYPE …>), which workbook parts never have');
    });
    parser.on('error', (error) => {
      throw this.problem(error.message.replace(/^\d+:\d+: /, ''));
    });
    // Namespace declarations are noticed as saxes reads each attribute (a test of one character),
    // so an element without one, nearly all of them, costs no walk over its attributes.
    parser.on('attribute', (attribute) => {
      if (attribute.name.charCodeAt(0) === 120 && attribute.name.startsWith('xmlns')) this.declares = true;
    });
    parser.on('opentag', (tag) => this.opened(tag));
    parser.on('closetag', () => this.closed());
    parser.on('text', (text) => this.handlers.text(text));
    parser.on('cdata', (text) => this.handlers.text(text));
  }

  write(bytes: Buffer): void {
    if (!this.started) {
      this.started = true;
      // OPC parts are UTF-8 or UTF-16 (with its byte-order mark); the BOM is not part of the text.
      const utf16 =
        bytes[0] === 0xff && bytes[1] === 0xfe
          ? 'utf-16le'
          : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'utf-16be'
            : '';
      this.decoder = new TextDecoder(utf16 || 'utf-8', { fatal: true, ignoreBOM: false });
    }
    this.parser.write(this.decode(bytes, true));
  }

  end(): void {
    if (!this.started) throw this.problem('the part is empty');
    const rest = this.decode(undefined, false);
    if (rest) this.parser.write(rest);
    this.parser.close();
  }

  /** A prefixed attribute read by its namespace (`r:id` whatever the prefix bound to `uris`); call during `open`. */
  attribute(attributes: XmlAttributes, uris: readonly string[], local: string): string | undefined {
    for (const name in attributes) {
      const colon = name.indexOf(':');
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const uri = this.scope.prefixes.get(name.slice(0, colon));
      if (uri !== undefined && uris.includes(uri)) return attributes[name];
    }
    return undefined;
  }

  private decode(bytes: Buffer | undefined, stream: boolean): string {
    try {
      return (this.decoder as TextDecoder).decode(bytes, { stream });
    } catch {
      throw this.problem('bytes that are not text in the part’s encoding (UTF-8 or UTF-16)');
    }
  }

  private opened(tag: SaxesTagPlain): void {
    const attributes = tag.attributes as Record<string, string>;
    this.depth++;
    let declared: Map<string, string> | undefined;
    if (this.declares)
      for (const name in attributes) {
        if (name.charCodeAt(0) !== 120 || !name.startsWith('xmlns')) continue;
        if (name.length > 5 && name.charCodeAt(5) !== 58) continue; // xmlnsfoo: an ordinary attribute
        declared ??= new Map(this.scope.prefixes);
        declared.set(name.length === 5 ? '' : name.slice(6), KNOWN.get(attributes[name]) ?? attributes[name]);
      }
    this.declares = false;
    if (declared) {
      this.outer.push(this.scope);
      this.scope = { prefixes: declared, names: new Map(), depth: this.depth };
    }
    const name = this.resolve(tag.name);
    this.open.push(name);
    this.handlers.open(name.uri, name.local, attributes);
  }

  private closed(): void {
    const name = this.open.pop() as Name;
    if (this.scope.depth === this.depth) this.scope = this.outer.pop() as Scope;
    this.depth--;
    this.handlers.close(name.uri, name.local);
  }

  private resolve(qualified: string): Name {
    let name = this.scope.names.get(qualified);
    if (name === undefined) {
      const colon = qualified.indexOf(':');
      const prefix = colon < 0 ? '' : qualified.slice(0, colon);
      const uri = this.scope.prefixes.get(prefix);
      if (uri === undefined && prefix !== '') throw this.problem(`the prefix "${prefix}" is not declared`);
      name = { uri: uri ?? '', local: colon < 0 ? qualified : qualified.slice(colon + 1) };
      this.scope.names.set(qualified, name);
    }
    return name;
  }

  private problem(message: string): XmlProblem {
    return new XmlProblem(message);
  }
}
