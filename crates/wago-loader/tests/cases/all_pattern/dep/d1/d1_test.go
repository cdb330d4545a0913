package d1

import _ "example.com/dep/d2"
