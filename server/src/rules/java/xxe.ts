/**
 * XML parsers created without XXE hardening. JAXP factories resolve external entities and DTDs by default; the
 * fix is one or two `setFeature`/`setProperty`/`setAttribute` calls right after creation. The rule reports a
 * factory or reader created in a method (or field initializer) that makes none of those calls.
 */
import type { Node } from 'web-tree-sitter';
import type { FixDraft, ModuleRule } from '../../engine/module';
import { assignedName, calleeNames, enclosingBody } from './syntax';
import { descendantsOf } from '../../languages/query';
import { enclosingStatement, javaImport, statementsAfter } from './fixes';

const FACTORIES = /(^|\.)(DocumentBuilderFactory\.(newInstance|newDefaultInstance|newNSInstance|newDefaultNSInstance)|SAXParserFactory\.(newInstance|newDefaultInstance|newNSInstance|newDefaultNSInstance)|XMLInputFactory\.(newInstance|newFactory|newDefaultFactory)|TransformerFactory\.(newInstance|newDefaultInstance)|SAXTransformerFactory\.newInstance|SchemaFactory\.(newInstance|newDefaultInstance)|XMLReaderFactory\.createXMLReader)$/;
const READERS = /(^|\.)(SAXReader|SAXBuilder)$/;

// A call that turns off DTDs or external entities, by the feature or property it names and the value it sets.
const HARDENING: { setter: RegExp; name: RegExp; value: RegExp }[] = [
  { setter: /^setFeature$/, name: /disallow-doctype-decl/, value: /^true$/ },
  { setter: /^setFeature$/, name: /FEATURE_SECURE_PROCESSING|feature\/secure-processing/, value: /^true$/ },
  { setter: /^setFeature$/, name: /external-general-entities|external-parameter-entities|load-external-dtd/, value: /^false$/ },
  { setter: /^(setProperty|setAttribute)$/, name: /ACCESS_EXTERNAL_(DTD|SCHEMA|STYLESHEET)|accessExternal(DTD|Schema|Stylesheet)/, value: /^""$/ },
  { setter: /^setProperty$/, name: /SUPPORT_DTD|supportDTD|IS_SUPPORTING_EXTERNAL_ENTITIES|isSupportingExternalEntities/, value: /^(false|Boolean\.FALSE)$/ },
];

function hardens(call: Node): boolean {
  const method = call.childForFieldName('name')?.text ?? '';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  return HARDENING.some((h) => h.setter.test(method) && h.name.test(args[0]?.text ?? '') && h.value.test(args[1]?.text ?? ''));
}

const DISALLOW_DOCTYPE = 'setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);';

/** The hardening calls for a parser made by `written` (`XMLInputFactory.newInstance`, `SAXReader`, …) on `variable`. */
function hardeningLines(written: string, variable: string, constants: string): string[] | undefined {
  const type = written.split('.').slice(-2).join('.');
  if (/^(DocumentBuilderFactory|SAXParserFactory|XMLReaderFactory)\.|(^|\.)(SAXReader|SAXBuilder)$/.test(type)) return [`${variable}.${DISALLOW_DOCTYPE}`];
  if (/^XMLInputFactory\./.test(type)) return [`${variable}.setProperty(${written.replace(/\.\w+$/, '')}.SUPPORT_DTD, false);`];
  if (/^(SAX)?TransformerFactory\./.test(type)) return ['DTD', 'STYLESHEET'].map((k) => `${variable}.setAttribute(${constants}.ACCESS_EXTERNAL_${k}, "");`);
  if (/^SchemaFactory\./.test(type)) return ['DTD', 'SCHEMA'].map((k) => `${variable}.setProperty(${constants}.ACCESS_EXTERNAL_${k}, "");`);
  return undefined;
}

/**
 * `DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();` → followed by
 * `f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);` (XMLInputFactory: `SUPPORT_DTD`
 * false; TransformerFactory and SchemaFactory: empty `ACCESS_EXTERNAL_*`). Only for a parser stored in a local
 * variable or assigned in a statement; declines for fields and parsers used inline.
 */
function hardeningFix(text: string, node: Node, written: string): FixDraft[] {
  const statement = enclosingStatement(node);
  const variable = assignedName(node);
  const constants = javaImport(node, 'javax.xml.XMLConstants');
  if (!statement || !variable || !/^\w+$/.test(variable) || !constants) return [];
  // A feature the method sets to the unsafe value is a decision to review, not to override.
  const body = enclosingBody(node) ?? node.tree.rootNode;
  const named = (n: Node) => HARDENING.some((h) => h.name.test(n.childForFieldName('arguments')?.namedChild(0)?.text ?? ''));
  if (descendantsOf(body, 'method_invocation').some((n) => n.childForFieldName('object')?.text === variable && named(n))) return [];
  const lines = hardeningLines(written, variable, constants.name);
  if (!lines) return [];
  const edits = lines.some((l) => l.includes(`${constants.name}.`)) ? [...constants.edits] : [];
  edits.push(statementsAfter(text, statement, lines));
  return [{ title: 'Turn off DTDs and external entities on the parser (unsafe)', safety: 'unsafe', edits }];
}

export const rule: ModuleRule = {
  check(ctx) {
    const code = ctx.code;
    if (!code || code.language.id !== 'java') return;
    const hardenedBodies = new Map<number, boolean>();
    for (const node of descendantsOf(code.tree.rootNode, ['method_invocation', 'object_creation_expression'])) {
      const isCall = node.type === 'method_invocation';
      if (!isCall && node.type !== 'object_creation_expression') continue;
      const callee = calleeNames(code.language, node, code.imports);
      if (!callee) continue;
      const pattern = isCall ? FACTORIES : READERS;
      if (!callee.names.some((n) => pattern.test(n))) continue;
      const body = enclosingBody(node) ?? code.tree.rootNode;
      let hardened = hardenedBodies.get(body.id);
      if (hardened === undefined) {
        hardened = descendantsOf(body, 'method_invocation').some((n) => hardens(n));
        hardenedBodies.set(body.id, hardened);
      }
      if (!hardened) ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: callee.written }, fixes: hardeningFix(ctx.text, node, callee.written) });
    }
  },
};
