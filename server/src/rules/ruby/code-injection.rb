class CalculatorController < ApplicationController
  def compute
    # ruleid: ruby/code-injection
    result = eval(params[:expression])
    render json: { result: result }
  end

  def sort
    # ruleid: ruby/code-injection
    @items = Item.all.send(params[:scope])
  end

  def dynamic(field)
    # ruleid: ruby/code-injection
    Report.class_eval("def #{field}; data['#{field}']; end")
  end

  def sort_safely
    # ok: ruby/code-injection
    @items = params[:scope] == "popular" ? Item.popular : Item.recent
  end

  def ordered
    # ok: ruby/code-injection
    @items = Item.all.send(:recent)
  end
end
