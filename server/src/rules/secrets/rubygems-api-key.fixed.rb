require "net/http"

uri = URI("https://rubygems.org/api/v1/gems")
request = Net::HTTP::Post.new(uri)
# ruleid: secrets/rubygems-api-key
request["Authorization"] = ENV.fetch("GEM_HOST_API_KEY")

# ok: secrets/rubygems-api-key
request["Authorization"] = ENV.fetch("GEM_HOST_API_KEY")
