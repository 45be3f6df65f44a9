class PagesController < ApplicationController
  def preview
    # ruleid: ruby/render-injection
    render inline: "<h1>#{params[:title]}</h1>"
  end

  def show
    # ruleid: ruby/render-injection
    render params[:page]
  end

  def legal(doc)
    # ruleid: ruby/render-injection
    render file: "/srv/app/legal/#{doc}"
  end

  def preview_safely
    # ok: ruby/render-injection
    render :preview, locals: { title: params[:title] }
  end

  def about
    # ok: ruby/render-injection
    render inline: "<h1>About us</h1>"
  end
end
