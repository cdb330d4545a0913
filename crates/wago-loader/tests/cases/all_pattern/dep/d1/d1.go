package d1
