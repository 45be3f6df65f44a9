require "yaml"
require "json"

class SessionsController < ApplicationController
  def restore
    # ruleid: ruby/unsafe-deserialization
    state = Marshal.load(Base64.decode64(cookies[:state]))
    render json: state
  end

  def import
    # ruleid: ruby/unsafe-deserialization
    config = YAML.safe_load(params[:file].read)
    render json: config
  end

  def settings(text)
    # ruleid: ruby/unsafe-deserialization
    YAML.safe_load(text)
  end

  def parse_payload(body)
    # ruleid: ruby/unsafe-deserialization
    Oj.load(body, mode: :strict)
  end

  def restore_safely
    # ok: ruby/unsafe-deserialization
    state = JSON.parse(Base64.decode64(cookies[:state]))
    render json: state
  end

  def import_safely
    # ok: ruby/unsafe-deserialization
    config = YAML.safe_load(params[:file].read, permitted_classes: [Date])
    render json: config
  end

  def parse_strict(body)
    # ok: ruby/unsafe-deserialization
    Oj.load(body, mode: :strict)
  end
end
