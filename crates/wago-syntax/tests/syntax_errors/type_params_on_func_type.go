package p

var f func[T any]()
