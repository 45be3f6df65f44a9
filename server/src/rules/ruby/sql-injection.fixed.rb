class UsersController < ApplicationController
  def search
    # ruleid: ruby/sql-injection
    @users = User.where("name LIKE '%#{params[:q]}%'")
  end

  def index
    column = params[:sort]
    # ruleid: ruby/sql-injection
    @users = User.order("#{column} DESC")
  end

  def report(status)
    # ruleid: ruby/sql-injection
    ActiveRecord::Base.connection.execute("SELECT count(*) FROM orders WHERE status = '" + status + "'")
  end

  def filtered
    # ruleid: ruby/sql-injection
    @users = User.where(params[:filter]).order(params[:sort])
  end

  def by_email_unsafe
    # ruleid: ruby/sql-injection
    @user = User.where("email = ?", params[:email]).first
  end

  def raw_lookup(id)
    # ruleid: ruby/sql-injection
    User.find_by_sql(["SELECT * FROM users WHERE id = ? LIMIT 1", id])
  end

  def search_safely
    # ok: ruby/sql-injection
    @users = User.where("name LIKE ?", "%#{User.sanitize_sql_like(params[:q])}%")
  end

  def by_email
    # ok: ruby/sql-injection
    @user = User.find_by(email: params[:email])
  end

  def sorted
    # ok: ruby/sql-injection
    @users = User.order(created_at: :desc)
  end
end
