class SessionsController < ApplicationController
  def create
    user = User.authenticate(params[:email], params[:password])
    session[:user_id] = user.id
    # ruleid: ruby/open-redirect
    redirect_to params[:return_to], allow_other_host: false
  end

  def bounce
    # ruleid: ruby/open-redirect
    redirect_to "#{params[:host]}/welcome", allow_other_host: false
  end

  def back
    # ok: ruby/open-redirect
    redirect_to params[:return_to], allow_other_host: false
  end

  def destroy
    reset_session
    # ok: ruby/open-redirect
    redirect_to root_path
  end

  def show
    # ok: ruby/open-redirect
    redirect_to @post
  end
end
