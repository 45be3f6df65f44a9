require "securerandom"

class PasswordResetsController < ApplicationController
  CHARS = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def create
    user = User.find_by!(email: params[:email])
    # ruleid: ruby/insecure-random
    user.update!(reset_token: Array.new(32) { CHARS.sample(random: SecureRandom) }.join)
    head :accepted
  end

  def send_otp(user)
    # ruleid: ruby/insecure-random
    otp = SecureRandom.random_number(100_000..999_999)
    SmsGateway.deliver(user.phone, "Your code is #{otp}")
  end

  def create_safely
    user = User.find_by!(email: params[:email])
    # ok: ruby/insecure-random
    user.update!(reset_token: SecureRandom.urlsafe_base64(32))
    head :accepted
  end

  def shuffle_cards(deck)
    # ok: ruby/insecure-random
    deck.shuffle
  end

  def jitter
    # ok: ruby/insecure-random
    sleep(rand * 0.5)
  end
end
