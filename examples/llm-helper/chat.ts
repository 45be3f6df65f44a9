// Browser chat widget. The first client ships the API key to every visitor; the second calls our own backend.
import OpenAI from 'openai';

const browserClient = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_KEY, dangerouslyAllowBrowser: true });

export async function reply(question: string, target: HTMLElement): Promise<void> {
  const completion = await browserClient.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: question }],
  });
  target.innerHTML = completion.choices[0].message.content ?? '';
}

export async function replySafe(question: string, target: HTMLElement): Promise<void> {
  const res = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ question }), headers: { 'content-type': 'application/json' } });
  const { answer } = (await res.json()) as { answer: string };
  target.textContent = answer;
}
