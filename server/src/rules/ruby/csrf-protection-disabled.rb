class PaymentsController < ApplicationController
  # ruleid: ruby/csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  # ok: ruby/csrf-protection-disabled
  before_action :authenticate_user!

  def create
    current_user.payments.create!(payment_params)
  end
end

class WebhooksController < ApplicationController
  # ruleid: ruby/csrf-protection-disabled
  skip_forgery_protection
end

class AccountsController < ApplicationController
  # ok: ruby/csrf-protection-disabled
  protect_from_forgery with: :exception
end
