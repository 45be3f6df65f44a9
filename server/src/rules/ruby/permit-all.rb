class UsersController < ApplicationController
  def update
    # ruleid: ruby/permit-all
    current_user.update!(params.require(:user).permit!)
    redirect_to current_user
  end

  def create
    # ruleid: ruby/permit-all
    attributes = params[:account].permit!
    Account.create!(attributes)
  end

  def update_safely
    # ok: ruby/permit-all
    current_user.update!(params.require(:user).permit(:name, :email, :time_zone))
    redirect_to current_user
  end

  def create_safely
    # ok: ruby/permit-all
    Account.create!(params.expect(account: [:name, :plan]))
  end
end
