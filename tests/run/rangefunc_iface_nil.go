package main

type Seq interface{ All(func(int) bool) }

type nums []int

func (n nums) All(yield func(int) bool) {
	for _, x := range n {
		if !yield(x) {
			return
		}
	}
}

func main() {
	var s Seq = nums{4, 5, 6}
	for x := range s.All {
		println(x)
	}
	var f func(func(int) bool)
	for x := range f {
		println(x)
	}
}
