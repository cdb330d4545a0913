package p

func (t T) () {}
