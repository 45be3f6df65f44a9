/** Code fixes of the llm pack, registered by name for `fix.module`. */
import { registerFix, removeArgument } from '../../engine/fix';

/** Keyword arguments that switch a UI component's HTML escaping off, with the value that does it. */
const RAW_HTML_SWITCHES: Record<string, string> = { unsafe_allow_html: 'True', sanitize_html: 'False' };

// `st.markdown(answer, unsafe_allow_html=True)` → `st.markdown(answer)`; `gr.Chatbot(…, sanitize_html=False)` →
// the argument removed, so the component's escaping default applies. Declines for components that always render
// HTML (`st.html`, `gr.HTML`, `IPython.display.HTML`): there is no switch to turn off.
registerFix('python-ui-escape-html', (match, { text }) => {
  const arg = match.call?.args.find((a) => a.name !== undefined && RAW_HTML_SWITCHES[a.name] === a.value.text);
  return arg ? [removeArgument(arg.node, text)] : undefined;
});
