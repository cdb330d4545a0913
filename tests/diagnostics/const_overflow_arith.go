package main

const a int32 = 1<<31 - 1
const b = a + 1

func main() {}
