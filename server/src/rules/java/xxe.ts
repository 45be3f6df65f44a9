/**
 * XML parsers created without XXE hardening. JAXP factories resolve external entities and DTDs by default; the
 * fix is one or two `setFeature`/`setProperty`/`setAttribute` calls right after creation. The rule reports a
 * factory or reader created in a method (or field initializer) that makes none of those calls.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleRule } from '../../engine/module';
import { calleeNames, descendants, enclosingBody } from './syntax';

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

export const rule: ModuleRule = {
  check(ctx) {
    const code = ctx.code;
    if (!code || code.language.id !== 'java') return;
    const hardenedBodies = new Map<number, boolean>();
    for (const node of descendants(code.tree.rootNode)) {
      const isCall = node.type === 'method_invocation';
      if (!isCall && node.type !== 'object_creation_expression') continue;
      const callee = calleeNames(code.language, node, code.imports);
      if (!callee) continue;
      const pattern = isCall ? FACTORIES : READERS;
      if (!callee.names.some((n) => pattern.test(n))) continue;
      const body = enclosingBody(node) ?? code.tree.rootNode;
      let hardened = hardenedBodies.get(body.id);
      if (hardened === undefined) {
        hardened = descendants(body).some((n) => n.type === 'method_invocation' && hardens(n));
        hardenedBodies.set(body.id, hardened);
      }
      if (!hardened) ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: callee.written } });
    }
  },
};
