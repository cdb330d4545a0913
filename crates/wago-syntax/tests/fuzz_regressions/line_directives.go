//line :0
//line x.go:0:0
/*line x.go:99999999999999999999:1*/
//line
/*line */package p
