require "open3"
require "shellwords"

class ReportsController < ApplicationController
  def export
    name = params[:name]
    # ruleid: ruby/command-injection
    system("pg_dump -t #{name} app_production > /tmp/export.sql")
    # ruleid: ruby/command-injection
    output = `wc -l /var/log/#{params[:log]}`
    render plain: output
  end

  def thumbnail(path)
    # ruleid: ruby/command-injection
    stdout, status = Open3.capture2("convert", path.to_s, "-resize", "100x100", "thumb.png")
    stdout
  end

  def disk_usage(dir)
    # ruleid: ruby/command-injection
    IO.popen(["du", "-sh", dir.to_s]).read
  end

  def archive
    @archive_dir = params[:dir]
    # ruleid: ruby/command-injection
    `tar czf /tmp/archive.tgz #@archive_dir`
  end

  def export_safely
    # ok: ruby/command-injection
    system("pg_dump", "-t", params[:name], "app_production")
  end

  def thumbnail_quoted(path)
    # ok: ruby/command-injection
    Open3.capture2("convert #{Shellwords.escape(path)} -resize 100x100 thumb.png")
  end

  def uptime
    # ok: ruby/command-injection
    render plain: `uptime`
  end
end
