package main

type Base struct {
	ID   int
	tags []string
}

func (b Base) Describe() string { return "base" }

func (b *Base) SetID(id int) { b.ID = id }

type Named struct {
	Name string
}

func (n *Named) Rename(s string) { n.Name = s }

type Item struct {
	Base
	*Named
	Price int
}

type Wrapper struct {
	Item
	Extra bool
}

func main() {
	it := Item{Base: Base{ID: 1}, Named: &Named{Name: "a"}, Price: 3}
	println(it.ID, it.Name, it.Price, it.Describe())
	it.SetID(42)
	it.Rename("b")
	println(it.ID, it.Base.ID, it.Name, it.Named.Name)
	w := Wrapper{Item: it}
	w.SetID(7)
	w.Rename("c")
	println(w.ID, it.ID, w.Name, it.Name, w.Describe())
	pw := &w
	pw.Price = 99
	pw.SetID(8)
	println(w.Price, w.Item.Base.ID)
	f := w.SetID
	f(11)
	println(w.ID)
	var it2 Item
	it2.tags = append(it2.tags, "x")
	println(len(it2.tags), it2.Named == nil)
}
