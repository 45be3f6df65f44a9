require "open-uri"

class ImportsController < ApplicationController
  def create
    # ruleid: ruby/kernel-open
    data = File.open(params[:source]).read
    Import.create!(payload: data)
  end

  def preview(name)
    # ruleid: ruby/kernel-open
    File.read(name)
  end

  def create_safely
    # ok: ruby/kernel-open
    data = File.read(File.join("imports", File.basename(params[:source])))
    Import.create!(payload: data)
  end

  def defaults
    # ok: ruby/kernel-open
    open("config/defaults.yml").read
  end

  def export(name)
    # ok: ruby/kernel-open
    IO.read("exports/#{name}")
  end
end
