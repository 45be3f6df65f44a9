module CommentsHelper
  def render_comment(comment)
    # ruleid: ruby/html-safe-xss
    sanitize("<p class=\"comment\">#{comment.body}</p>")
  end

  def greeting
    # ruleid: ruby/html-safe-xss
    sanitize("<h1>Hello #{params[:name]}</h1>")
  end

  def render_comment_safely(comment)
    # ok: ruby/html-safe-xss
    content_tag(:p, comment.body, class: "comment")
  end

  def divider
    # ok: ruby/html-safe-xss
    "<hr class=\"divider\">".html_safe
  end

  def formatted(comment)
    # ok: ruby/html-safe-xss
    raw(sanitize(comment.body, tags: %w[b i a], attributes: %w[href]))
  end
end
