package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

func (m Mid) LevelUp() int { return m.Level + 1 }

type Top struct {
	*Mid
	Extra string
}

type Point struct{ X, Y int }
type Circle struct {
	Point
	R int
}

func main() {
	m := Mid{Base{1, "m"}, 3}
	println(m.ID, m.Name, m.Describe(), m.LevelUp())
	m.Rename("m2")
	println(m.Name, m.Base.Name)
	t := Top{&m, "x"}
	t.Rename("via top")
	println(m.Name, t.Describe(), t.Level, t.ID)
	t.ID = 99
	println(m.ID)
	c := Circle{Point{1, 2}, 5}
	c.X += 10
	println(c.X, c.Point.X, c.R)
	cs := []Circle{c, {Point{3, 4}, 1}}
	cs[1].Y = 40
	println(cs[1].Y, cs[1].Point.Y)
	d := m.Describe
	m.Rename("later")
	println(d(), m.Describe())
	var cp *Circle = &cs[0]
	cp.Point = Point{7, 8}
	println(cs[0].X, cs[0].Y)
}
