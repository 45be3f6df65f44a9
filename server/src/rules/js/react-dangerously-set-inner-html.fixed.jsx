import DOMPurify from "dompurify";
import { useChat } from "@ai-sdk/react";

export function Comment({ comment }) {
  // ruleid: js/react-dangerously-set-inner-html
  return <div className="comment">{comment.body}</div>;
}

export function Bio({ user }) {
  const html = `<p>${user.bio}</p>`;
  // ruleid: js/react-dangerously-set-inner-html
  return <section dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Note({ note }) {
  // ruleid: js/react-dangerously-set-inner-html
  return <p className="note">{note.text}</p>;
}

export function CommentSafely({ comment }) {
  // ok: js/react-dangerously-set-inner-html
  return <div className="comment">{comment.body}</div>;
}

export function Rendered({ markdownHtml }) {
  // ok: js/react-dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(markdownHtml) }} />;
}

const ICON = "<svg viewBox='0 0 10 10'><circle cx='5' cy='5' r='4'/></svg>";
export function Icon() {
  // ok: js/react-dangerously-set-inner-html
  return <span dangerouslySetInnerHTML={{ __html: ICON }} />;
}
