import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source, with where it is. */
export interface SourceRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

/** A `RegExp(...)` whose pattern could not be worked out from the source. */
export interface DynamicRegex {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Every `.ts` file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The regular expressions of the given files, read with the TypeScript compiler: every regex
 * literal, and every `new RegExp(...)`/`RegExp(...)` whose arguments are constants (string
 * literals, templates and `+` of constants, `const` names of this file or imported from a
 * relative module, and `re.source` of a literal). Anything else is returned as dynamic, so a
 * pattern built at run time cannot slip past the checker.
 */
export function collectRegexes(files: readonly string[]): { regexes: SourceRegex[]; dynamic: DynamicRegex[] } {
  const regexes: SourceRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const parsed = new Map<string, ts.SourceFile>();
  const parse = (file: string): ts.SourceFile => {
    let sf = parsed.get(file);
    if (!sf) {
      sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      parsed.set(file, sf);
    }
    return sf;
  };

  for (const file of files) {
    const sf = parse(file);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const { source, flags } = splitLiteral(node.text);
        regexes.push({ file, line: lineOf(node), source, flags });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const args = node.arguments ?? [];
        const source = args[0] ? evaluate(args[0], sf, parse) : undefined;
        const flags = args[1] ? evaluate(args[1], sf, parse) : '';
        if (source === undefined || flags === undefined) dynamic.push({ file, line: lineOf(node), text: node.getText(sf) });
        else regexes.push({ file, line: lineOf(node), source, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { regexes, dynamic };
}

function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/** The constant string value of an expression, or undefined when it is not a constant. */
function evaluate(node: ts.Expression, sf: ts.SourceFile, parse: (file: string) => ts.SourceFile, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  const again = (n: ts.Expression, inFile = sf) => evaluate(n, inFile, parse, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return again(node.expression);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const v = again(span.expression);
      if (v === undefined) return undefined;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = again(node.left);
    const r = again(node.right);
    return l === undefined || r === undefined ? undefined : l + r;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const target = resolveConst(node.expression.text, sf, parse);
    if (target && ts.isRegularExpressionLiteral(target.init)) return splitLiteral(target.init.text).source;
    return undefined;
  }
  if (ts.isIdentifier(node)) {
    const target = resolveConst(node.text, sf, parse);
    return target ? evaluate(target.init, target.sf, parse, depth + 1) : undefined;
  }
  return undefined;
}

/** The initializer of a top-level `const name = ...` of this file, or of the relative module it is imported from. */
function resolveConst(name: string, sf: ts.SourceFile, parse: (file: string) => ts.SourceFile): { init: ts.Expression; sf: ts.SourceFile } | undefined {
  for (const stmt of sf.statements) {
    if (ts.isVariableStatement(stmt) && (stmt.declarationList.flags & ts.NodeFlags.Const) !== 0) {
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return { init: d.initializer, sf };
      }
    }
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier) && stmt.moduleSpecifier.text.startsWith('.')) {
      const bindings = stmt.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      const spec = bindings.elements.find((e) => e.name.text === name);
      if (!spec) continue;
      const imported = (spec.propertyName ?? spec.name).text;
      const base = resolve(dirname(sf.fileName), stmt.moduleSpecifier.text);
      for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
        try {
          return resolveConst(imported, parse(candidate), parse);
        } catch {
          // not this candidate
        }
      }
    }
  }
  return undefined;
}
