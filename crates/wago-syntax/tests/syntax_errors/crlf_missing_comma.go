package p

var x = []int{
	1
}
