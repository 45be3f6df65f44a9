require "net/http"

uri = URI("https://rubygems.org/api/v1/gems")
request = Net::HTTP::Post.new(uri)
# ruleid: secrets/rubygems-api-key
request["Authorization"] = "rubygems_4b484e73cf575dcad6ba2b0aee0ca923732881584d8c4fa2"

# ok: secrets/rubygems-api-key
request["Authorization"] = ENV.fetch("GEM_HOST_API_KEY")
