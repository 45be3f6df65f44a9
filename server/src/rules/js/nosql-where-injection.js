async function search(req, res) {
  // ruleid: js/nosql-where-injection
  const docs = await Product.find({ $where: `this.price < ${req.query.max}` });
  res.json(docs);
}

async function byOwner(owner) {
  // ruleid: js/nosql-where-injection
  return Product.find().$where("this.owner == '" + owner + "'");
}

async function searchSafely(req, res) {
  // ok: js/nosql-where-injection
  const docs = await Product.find({ price: { $lt: Number(req.query.max) } });
  res.json(docs);
}

async function discounted() {
  // ok: js/nosql-where-injection
  return Product.find({ $where: "this.salePrice < this.price" });
}
