class DownloadsController < ApplicationController
  def show
    # ruleid: ruby/path-traversal
    send_file "/srv/app/uploads/#{params[:name]}"
  end

  def report
    path = File.join("reports", params[:file])
    # ruleid: ruby/path-traversal
    render plain: File.read(path)
  end

  def export
    # ruleid: ruby/path-traversal
    send_file Rails.root.join("exports", params[:name])
  end

  def show_safely
    name = File.basename(params[:name])
    # ok: ruby/path-traversal
    send_file "/srv/app/uploads/#{name}"
  end

  def export_safely
    # ok: ruby/path-traversal
    send_file Rails.root.join("exports", File.basename(params[:name]))
  end

  def terms
    # ok: ruby/path-traversal
    render plain: File.read(Rails.root.join("public", "terms.txt"))
  end
end
