require "net/http"

class PreviewsController < ApplicationController
  def show
    # ruleid: ruby/ssrf
    body = Net::HTTP.get(URI(params[:url]))
    render plain: body
  end

  def webhook_test
    # ruleid: ruby/ssrf
    HTTParty.post(params[:callback_url], body: { ok: true }.to_json)
  end

  def status
    # ok: ruby/ssrf
    render plain: Net::HTTP.get(URI("https://status.example.com/api/v2/status.json"))
  end

  def weather
    # ok: ruby/ssrf
    render json: HTTParty.get("https://api.weather.example/v1?city=#{CGI.escape(params[:city])}")
  end
end
