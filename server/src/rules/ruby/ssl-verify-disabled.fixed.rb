require "net/http"

class PartnerClient
  def fetch(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ruleid: ruby/ssl-verify-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
    http.get(uri.request_uri)
  end

  def connection
    # ruleid: ruby/ssl-verify-disabled
    Faraday.new(url: "https://partner.example", ssl: { verify: true })
  end

  def fetch_safely(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ok: ruby/ssl-verify-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
    http.get(uri.request_uri)
  end

  def connection_with_ca
    # ok: ruby/ssl-verify-disabled
    Faraday.new(url: "https://partner.example", ssl: { verify: true, ca_file: "/etc/ssl/certs/partner-ca.pem" })
  end
end
