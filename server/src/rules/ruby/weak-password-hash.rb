require "digest"

class User < ApplicationRecord
  def password=(new_password)
    # ruleid: ruby/weak-password-hash
    self.password_digest = Digest::MD5.hexdigest(new_password)
  end

  def authenticate(password)
    # ruleid: ruby/weak-password-hash
    Digest::SHA256.hexdigest(salt + password) == password_digest
  end

  def valid_password?(password)
    # ruleid: ruby/weak-password-hash
    ActiveSupport::SecurityUtils.secure_compare(Digest::SHA1.hexdigest(password), password_digest)
  end

  def avatar_key
    # ok: ruby/weak-password-hash
    Digest::MD5.hexdigest(email.downcase)
  end

  def self.hash_password(password)
    # ok: ruby/weak-password-hash
    BCrypt::Password.create(password)
  end
end
