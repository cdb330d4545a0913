package main

const u uint = 1
const n = -u

func main() {}
