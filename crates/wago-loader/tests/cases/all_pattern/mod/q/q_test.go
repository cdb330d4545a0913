package q_test

import _ "example.com/all/r"
