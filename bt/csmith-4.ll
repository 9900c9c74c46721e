source_filename = "csmith-4.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S2 = type { i64 }
%struct.S3 = type { %struct.S0, i8, i16, i32 }
%struct.S0 = type { i32, i8, i8, i32, i8, i64, i32, i32, i16 }
%struct.S1 = type { i32, i32 }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i16 -31970, align 2
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"g_3.f0\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"g_3.f1\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"g_3.f2\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"g_3.f3\00", align 1
@g_26 = internal global i32 1, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_26\00", align 1
@g_28 = internal global i32 -5, align 4
@.str.7 = private unnamed_addr constant [5 x i8] c"g_28\00", align 1
@g_40 = internal global i64 -1, align 8
@.str.8 = private unnamed_addr constant [5 x i8] c"g_40\00", align 1
@g_43 = internal global i16 1, align 2
@.str.9 = private unnamed_addr constant [5 x i8] c"g_43\00", align 1
@g_47 = internal global i16 -3827, align 2
@.str.10 = private unnamed_addr constant [5 x i8] c"g_47\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"g_79\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"g_81\00", align 1
@g_109 = internal global i64 3, align 8
@.str.13 = private unnamed_addr constant [6 x i8] c"g_109\00", align 1
@g_111 = internal global i16 1, align 2
@.str.14 = private unnamed_addr constant [6 x i8] c"g_111\00", align 1
@g_113 = internal global i16 16723, align 2
@.str.15 = private unnamed_addr constant [6 x i8] c"g_113\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"g_118\00", align 1
@g_137 = internal global i32 -1, align 4
@.str.17 = private unnamed_addr constant [6 x i8] c"g_137\00", align 1
@g_139 = internal global i32 0, align 4
@.str.18 = private unnamed_addr constant [6 x i8] c"g_139\00", align 1
@.str.19 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f0\00", align 1
@.str.20 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f1\00", align 1
@.str.21 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f2\00", align 1
@.str.22 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f3\00", align 1
@.str.23 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f4\00", align 1
@.str.24 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f5\00", align 1
@.str.25 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f6\00", align 1
@.str.26 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f7\00", align 1
@.str.27 = private unnamed_addr constant [15 x i8] c"g_177[i].f0.f8\00", align 1
@.str.28 = private unnamed_addr constant [12 x i8] c"g_177[i].f1\00", align 1
@.str.29 = private unnamed_addr constant [12 x i8] c"g_177[i].f2\00", align 1
@.str.30 = private unnamed_addr constant [12 x i8] c"g_177[i].f3\00", align 1
@.str.31 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@.str.32 = private unnamed_addr constant [9 x i8] c"g_186.f0\00", align 1
@.str.33 = private unnamed_addr constant [9 x i8] c"g_186.f1\00", align 1
@.str.34 = private unnamed_addr constant [9 x i8] c"g_186.f2\00", align 1
@.str.35 = private unnamed_addr constant [9 x i8] c"g_186.f3\00", align 1
@.str.36 = private unnamed_addr constant [9 x i8] c"g_191.f0\00", align 1
@.str.37 = private unnamed_addr constant [9 x i8] c"g_191.f1\00", align 1
@.str.38 = private unnamed_addr constant [9 x i8] c"g_191.f2\00", align 1
@.str.39 = private unnamed_addr constant [9 x i8] c"g_191.f3\00", align 1
@g_207 = internal global i8 1, align 1
@.str.40 = private unnamed_addr constant [6 x i8] c"g_207\00", align 1
@g_255 = internal global i8 -59, align 1
@.str.41 = private unnamed_addr constant [6 x i8] c"g_255\00", align 1
@g_258 = internal global i64 -1976956229139022624, align 8
@.str.42 = private unnamed_addr constant [6 x i8] c"g_258\00", align 1
@g_270 = internal global i32 -1828480911, align 4
@.str.43 = private unnamed_addr constant [6 x i8] c"g_270\00", align 1
@.str.44 = private unnamed_addr constant [9 x i8] c"g_285.f0\00", align 1
@.str.45 = private unnamed_addr constant [9 x i8] c"g_285.f1\00", align 1
@.str.46 = private unnamed_addr constant [9 x i8] c"g_285.f2\00", align 1
@.str.47 = private unnamed_addr constant [9 x i8] c"g_285.f3\00", align 1
@.str.48 = private unnamed_addr constant [9 x i8] c"g_285.f4\00", align 1
@.str.49 = private unnamed_addr constant [9 x i8] c"g_285.f5\00", align 1
@.str.50 = private unnamed_addr constant [9 x i8] c"g_285.f6\00", align 1
@.str.51 = private unnamed_addr constant [9 x i8] c"g_285.f7\00", align 1
@.str.52 = private unnamed_addr constant [9 x i8] c"g_285.f8\00", align 1
@g_311 = internal global [10 x i64] [i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743, i64 8488028725176863743], align 16
@.str.53 = private unnamed_addr constant [9 x i8] c"g_311[i]\00", align 1
@g_318 = internal global i16 -1, align 2
@.str.54 = private unnamed_addr constant [6 x i8] c"g_318\00", align 1
@.str.55 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f0\00", align 1
@.str.56 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f1\00", align 1
@.str.57 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f2\00", align 1
@.str.58 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f3\00", align 1
@.str.59 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f4\00", align 1
@.str.60 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f5\00", align 1
@.str.61 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f6\00", align 1
@.str.62 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f7\00", align 1
@.str.63 = private unnamed_addr constant [15 x i8] c"g_358[i].f0.f8\00", align 1
@.str.64 = private unnamed_addr constant [12 x i8] c"g_358[i].f1\00", align 1
@.str.65 = private unnamed_addr constant [12 x i8] c"g_358[i].f2\00", align 1
@.str.66 = private unnamed_addr constant [12 x i8] c"g_358[i].f3\00", align 1
@.str.67 = private unnamed_addr constant [9 x i8] c"g_383.f0\00", align 1
@.str.68 = private unnamed_addr constant [9 x i8] c"g_383.f1\00", align 1
@.str.69 = private unnamed_addr constant [9 x i8] c"g_383.f2\00", align 1
@.str.70 = private unnamed_addr constant [9 x i8] c"g_383.f3\00", align 1
@.str.71 = private unnamed_addr constant [9 x i8] c"g_383.f4\00", align 1
@.str.72 = private unnamed_addr constant [9 x i8] c"g_383.f5\00", align 1
@.str.73 = private unnamed_addr constant [9 x i8] c"g_383.f6\00", align 1
@.str.74 = private unnamed_addr constant [9 x i8] c"g_383.f7\00", align 1
@.str.75 = private unnamed_addr constant [9 x i8] c"g_383.f8\00", align 1
@.str.76 = private unnamed_addr constant [9 x i8] c"g_413.f0\00", align 1
@.str.77 = private unnamed_addr constant [9 x i8] c"g_413.f1\00", align 1
@.str.78 = private unnamed_addr constant [9 x i8] c"g_413.f2\00", align 1
@.str.79 = private unnamed_addr constant [9 x i8] c"g_413.f3\00", align 1
@.str.80 = private unnamed_addr constant [12 x i8] c"g_422.f0.f0\00", align 1
@.str.81 = private unnamed_addr constant [12 x i8] c"g_422.f0.f1\00", align 1
@.str.82 = private unnamed_addr constant [12 x i8] c"g_422.f0.f2\00", align 1
@.str.83 = private unnamed_addr constant [12 x i8] c"g_422.f0.f3\00", align 1
@.str.84 = private unnamed_addr constant [12 x i8] c"g_422.f0.f4\00", align 1
@.str.85 = private unnamed_addr constant [12 x i8] c"g_422.f0.f5\00", align 1
@.str.86 = private unnamed_addr constant [12 x i8] c"g_422.f0.f6\00", align 1
@.str.87 = private unnamed_addr constant [12 x i8] c"g_422.f0.f7\00", align 1
@.str.88 = private unnamed_addr constant [12 x i8] c"g_422.f0.f8\00", align 1
@.str.89 = private unnamed_addr constant [9 x i8] c"g_422.f1\00", align 1
@.str.90 = private unnamed_addr constant [9 x i8] c"g_422.f2\00", align 1
@.str.91 = private unnamed_addr constant [9 x i8] c"g_422.f3\00", align 1
@.str.92 = private unnamed_addr constant [9 x i8] c"g_445.f0\00", align 1
@.str.93 = private unnamed_addr constant [9 x i8] c"g_445.f1\00", align 1
@.str.94 = private unnamed_addr constant [9 x i8] c"g_445.f2\00", align 1
@.str.95 = private unnamed_addr constant [9 x i8] c"g_445.f3\00", align 1
@.str.96 = private unnamed_addr constant [9 x i8] c"g_512.f0\00", align 1
@.str.97 = private unnamed_addr constant [9 x i8] c"g_512.f1\00", align 1
@.str.98 = private unnamed_addr constant [9 x i8] c"g_512.f2\00", align 1
@.str.99 = private unnamed_addr constant [9 x i8] c"g_512.f3\00", align 1
@.str.100 = private unnamed_addr constant [9 x i8] c"g_512.f4\00", align 1
@.str.101 = private unnamed_addr constant [9 x i8] c"g_512.f5\00", align 1
@.str.102 = private unnamed_addr constant [9 x i8] c"g_512.f6\00", align 1
@.str.103 = private unnamed_addr constant [9 x i8] c"g_512.f7\00", align 1
@.str.104 = private unnamed_addr constant [9 x i8] c"g_512.f8\00", align 1
@.str.105 = private unnamed_addr constant [9 x i8] c"g_543.f0\00", align 1
@.str.106 = private unnamed_addr constant [9 x i8] c"g_543.f1\00", align 1
@.str.107 = private unnamed_addr constant [9 x i8] c"g_543.f2\00", align 1
@.str.108 = private unnamed_addr constant [9 x i8] c"g_543.f3\00", align 1
@g_593 = internal global i16 -24378, align 2
@.str.109 = private unnamed_addr constant [6 x i8] c"g_593\00", align 1
@g_637 = internal global i8 -1, align 1
@.str.110 = private unnamed_addr constant [6 x i8] c"g_637\00", align 1
@g_638 = internal global i16 0, align 2
@.str.111 = private unnamed_addr constant [6 x i8] c"g_638\00", align 1
@g_653 = internal global [6 x [5 x i32]] [[5 x i32] [i32 1483137162, i32 -1711741647, i32 -9, i32 -1711741647, i32 1483137162], [5 x i32] [i32 1483137162, i32 -1711741647, i32 -9, i32 -1711741647, i32 1483137162], [5 x i32] [i32 1483137162, i32 -1711741647, i32 -9, i32 -1711741647, i32 1483137162], [5 x i32] [i32 1483137162, i32 -1711741647, i32 -9, i32 -1711741647, i32 1483137162], [5 x i32] [i32 1483137162, i32 -1711741647, i32 -9, i32 -1711741647, i32 1483137162], [5 x i32] [i32 1483137162, i32 -1711741647, i32 -9, i32 -1711741647, i32 1483137162]], align 16
@.str.112 = private unnamed_addr constant [12 x i8] c"g_653[i][j]\00", align 1
@.str.113 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@.str.114 = private unnamed_addr constant [12 x i8] c"g_685.f0.f0\00", align 1
@.str.115 = private unnamed_addr constant [12 x i8] c"g_685.f0.f1\00", align 1
@.str.116 = private unnamed_addr constant [12 x i8] c"g_685.f0.f2\00", align 1
@.str.117 = private unnamed_addr constant [12 x i8] c"g_685.f0.f3\00", align 1
@.str.118 = private unnamed_addr constant [12 x i8] c"g_685.f0.f4\00", align 1
@.str.119 = private unnamed_addr constant [12 x i8] c"g_685.f0.f5\00", align 1
@.str.120 = private unnamed_addr constant [12 x i8] c"g_685.f0.f6\00", align 1
@.str.121 = private unnamed_addr constant [12 x i8] c"g_685.f0.f7\00", align 1
@.str.122 = private unnamed_addr constant [12 x i8] c"g_685.f0.f8\00", align 1
@.str.123 = private unnamed_addr constant [9 x i8] c"g_685.f1\00", align 1
@.str.124 = private unnamed_addr constant [9 x i8] c"g_685.f2\00", align 1
@.str.125 = private unnamed_addr constant [9 x i8] c"g_685.f3\00", align 1
@.str.126 = private unnamed_addr constant [9 x i8] c"g_705.f0\00", align 1
@.str.127 = private unnamed_addr constant [9 x i8] c"g_705.f1\00", align 1
@.str.128 = private unnamed_addr constant [9 x i8] c"g_705.f2\00", align 1
@.str.129 = private unnamed_addr constant [9 x i8] c"g_705.f3\00", align 1
@.str.130 = private unnamed_addr constant [9 x i8] c"g_705.f4\00", align 1
@.str.131 = private unnamed_addr constant [9 x i8] c"g_705.f5\00", align 1
@.str.132 = private unnamed_addr constant [9 x i8] c"g_705.f6\00", align 1
@.str.133 = private unnamed_addr constant [9 x i8] c"g_705.f7\00", align 1
@.str.134 = private unnamed_addr constant [9 x i8] c"g_705.f8\00", align 1
@.str.135 = private unnamed_addr constant [9 x i8] c"g_711.f0\00", align 1
@.str.136 = private unnamed_addr constant [9 x i8] c"g_711.f1\00", align 1
@.str.137 = private unnamed_addr constant [9 x i8] c"g_711.f2\00", align 1
@.str.138 = private unnamed_addr constant [9 x i8] c"g_711.f3\00", align 1
@.str.139 = private unnamed_addr constant [9 x i8] c"g_752.f0\00", align 1
@.str.140 = private unnamed_addr constant [9 x i8] c"g_752.f1\00", align 1
@.str.141 = private unnamed_addr constant [9 x i8] c"g_752.f2\00", align 1
@.str.142 = private unnamed_addr constant [9 x i8] c"g_752.f3\00", align 1
@.str.143 = private unnamed_addr constant [12 x i8] c"g_753.f0.f0\00", align 1
@.str.144 = private unnamed_addr constant [12 x i8] c"g_753.f0.f1\00", align 1
@.str.145 = private unnamed_addr constant [12 x i8] c"g_753.f0.f2\00", align 1
@.str.146 = private unnamed_addr constant [12 x i8] c"g_753.f0.f3\00", align 1
@.str.147 = private unnamed_addr constant [12 x i8] c"g_753.f0.f4\00", align 1
@.str.148 = private unnamed_addr constant [12 x i8] c"g_753.f0.f5\00", align 1
@.str.149 = private unnamed_addr constant [12 x i8] c"g_753.f0.f6\00", align 1
@.str.150 = private unnamed_addr constant [12 x i8] c"g_753.f0.f7\00", align 1
@.str.151 = private unnamed_addr constant [12 x i8] c"g_753.f0.f8\00", align 1
@.str.152 = private unnamed_addr constant [9 x i8] c"g_753.f1\00", align 1
@.str.153 = private unnamed_addr constant [9 x i8] c"g_753.f2\00", align 1
@.str.154 = private unnamed_addr constant [9 x i8] c"g_753.f3\00", align 1
@g_793 = internal global i16 0, align 2
@.str.155 = private unnamed_addr constant [6 x i8] c"g_793\00", align 1
@.str.156 = private unnamed_addr constant [12 x i8] c"g_888.f0.f0\00", align 1
@.str.157 = private unnamed_addr constant [12 x i8] c"g_888.f0.f1\00", align 1
@.str.158 = private unnamed_addr constant [12 x i8] c"g_888.f0.f2\00", align 1
@.str.159 = private unnamed_addr constant [12 x i8] c"g_888.f0.f3\00", align 1
@.str.160 = private unnamed_addr constant [12 x i8] c"g_888.f0.f4\00", align 1
@.str.161 = private unnamed_addr constant [12 x i8] c"g_888.f0.f5\00", align 1
@.str.162 = private unnamed_addr constant [12 x i8] c"g_888.f0.f6\00", align 1
@.str.163 = private unnamed_addr constant [12 x i8] c"g_888.f0.f7\00", align 1
@.str.164 = private unnamed_addr constant [12 x i8] c"g_888.f0.f8\00", align 1
@.str.165 = private unnamed_addr constant [9 x i8] c"g_888.f1\00", align 1
@.str.166 = private unnamed_addr constant [9 x i8] c"g_888.f2\00", align 1
@.str.167 = private unnamed_addr constant [9 x i8] c"g_888.f3\00", align 1
@g_943 = internal global [10 x i32] [i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310, i32 1384955310], align 16
@.str.168 = private unnamed_addr constant [9 x i8] c"g_943[i]\00", align 1
@.str.169 = private unnamed_addr constant [9 x i8] c"g_945.f0\00", align 1
@.str.170 = private unnamed_addr constant [9 x i8] c"g_945.f1\00", align 1
@.str.171 = private unnamed_addr constant [9 x i8] c"g_945.f2\00", align 1
@.str.172 = private unnamed_addr constant [9 x i8] c"g_945.f3\00", align 1
@.str.173 = private unnamed_addr constant [9 x i8] c"g_945.f4\00", align 1
@.str.174 = private unnamed_addr constant [9 x i8] c"g_945.f5\00", align 1
@.str.175 = private unnamed_addr constant [9 x i8] c"g_945.f6\00", align 1
@.str.176 = private unnamed_addr constant [9 x i8] c"g_945.f7\00", align 1
@.str.177 = private unnamed_addr constant [9 x i8] c"g_945.f8\00", align 1
@.str.178 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f0\00", align 1
@.str.179 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f1\00", align 1
@.str.180 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f2\00", align 1
@.str.181 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f3\00", align 1
@.str.182 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f4\00", align 1
@.str.183 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f5\00", align 1
@.str.184 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f6\00", align 1
@.str.185 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f7\00", align 1
@.str.186 = private unnamed_addr constant [13 x i8] c"g_1005.f0.f8\00", align 1
@.str.187 = private unnamed_addr constant [10 x i8] c"g_1005.f1\00", align 1
@.str.188 = private unnamed_addr constant [10 x i8] c"g_1005.f2\00", align 1
@.str.189 = private unnamed_addr constant [10 x i8] c"g_1005.f3\00", align 1
@.str.190 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f0\00", align 1
@.str.191 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f1\00", align 1
@.str.192 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f2\00", align 1
@.str.193 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f3\00", align 1
@.str.194 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f4\00", align 1
@.str.195 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f5\00", align 1
@.str.196 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f6\00", align 1
@.str.197 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f7\00", align 1
@.str.198 = private unnamed_addr constant [19 x i8] c"g_1009[i][j].f0.f8\00", align 1
@.str.199 = private unnamed_addr constant [16 x i8] c"g_1009[i][j].f1\00", align 1
@.str.200 = private unnamed_addr constant [16 x i8] c"g_1009[i][j].f2\00", align 1
@.str.201 = private unnamed_addr constant [16 x i8] c"g_1009[i][j].f3\00", align 1
@.str.202 = private unnamed_addr constant [10 x i8] c"g_1024.f0\00", align 1
@.str.203 = private unnamed_addr constant [10 x i8] c"g_1024.f1\00", align 1
@.str.204 = private unnamed_addr constant [10 x i8] c"g_1024.f2\00", align 1
@.str.205 = private unnamed_addr constant [10 x i8] c"g_1024.f3\00", align 1
@.str.206 = private unnamed_addr constant [10 x i8] c"g_1024.f4\00", align 1
@.str.207 = private unnamed_addr constant [10 x i8] c"g_1024.f5\00", align 1
@.str.208 = private unnamed_addr constant [10 x i8] c"g_1024.f6\00", align 1
@.str.209 = private unnamed_addr constant [10 x i8] c"g_1024.f7\00", align 1
@.str.210 = private unnamed_addr constant [10 x i8] c"g_1024.f8\00", align 1
@g_1055 = internal global [7 x [3 x [8 x i32]]] [[3 x [8 x i32]] [[8 x i32] [i32 0, i32 1, i32 -668975493, i32 1, i32 0, i32 1857824586, i32 -6, i32 0], [8 x i32] [i32 -607893457, i32 0, i32 0, i32 8, i32 -7, i32 -179994866, i32 -337096020, i32 1], [8 x i32] [i32 5, i32 282476653, i32 1216196665, i32 1857824586, i32 -592137405, i32 -607893457, i32 -246606033, i32 -218634982]], [3 x [8 x i32]] [[8 x i32] [i32 1216196665, i32 -5, i32 -694849035, i32 631718947, i32 6, i32 6, i32 631718947, i32 -694849035], [8 x i32] [i32 101929704, i32 101929704, i32 989087448, i32 -7, i32 -709023870, i32 -8, i32 -299201048, i32 -405698774], [8 x i32] [i32 -592137405, i32 -694849035, i32 -1, i32 0, i32 1, i32 1, i32 -5, i32 -405698774]], [3 x [8 x i32]] [[8 x i32] [i32 -694849035, i32 1, i32 -10, i32 -7, i32 -1, i32 -1, i32 -390593799, i32 -694849035], [8 x i32] [i32 8, i32 548483502, i32 -10, i32 631718947, i32 0, i32 1395240667, i32 0, i32 -218634982], [8 x i32] [i32 -7, i32 -754413877, i32 -445112349, i32 1857824586, i32 0, i32 -668975493, i32 -10, i32 1]], [3 x [8 x i32]] [[8 x i32] [i32 -1, i32 -6, i32 282476653, i32 8, i32 1760263381, i32 1, i32 1, i32 0], [8 x i32] [i32 -1678279574, i32 -1977711807, i32 -694849035, i32 1, i32 -1, i32 -2026890685, i32 1825776314, i32 -390593799], [8 x i32] [i32 -1, i32 -246606033, i32 1, i32 548483502, i32 0, i32 -8, i32 -6, i32 101929704]], [3 x [8 x i32]] [[8 x i32] [i32 -5, i32 -5, i32 1886978747, i32 989087448, i32 -445112349, i32 -179994866, i32 1843223765, i32 -10], [8 x i32] [i32 -694849035, i32 8, i32 -592137405, i32 -8, i32 -592137405, i32 8, i32 -694849035, i32 5], [8 x i32] [i32 1395240667, i32 -607893457, i32 1825776314, i32 631718947, i32 9, i32 1, i32 -1, i32 5]], [3 x [8 x i32]] [[8 x i32] [i32 0, i32 0, i32 989087448, i32 0, i32 9, i32 -337096020, i32 -10, i32 -8], [8 x i32] [i32 1395240667, i32 -694849035, i32 1767867356, i32 5, i32 -592137405, i32 548483502, i32 101929704, i32 1857824586], [8 x i32] [i32 -694849035, i32 -1977711807, i32 -1678279574, i32 -1, i32 -445112349, i32 -299201048, i32 -179994866, i32 -694849035]], [3 x [8 x i32]] [[8 x i32] [i32 -5, i32 1760263381, i32 -299201048, i32 0, i32 0, i32 0, i32 0, i32 1], [8 x i32] [i32 -1, i32 1, i32 -1, i32 -6, i32 -1, i32 -668975493, i32 -1678279574, i32 -10], [8 x i32] [i32 -1678279574, i32 -1, i32 -5, i32 -607893457, i32 1760263381, i32 -1, i32 5, i32 -5]]], align 16
@.str.211 = private unnamed_addr constant [16 x i8] c"g_1055[i][j][k]\00", align 1
@.str.212 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_1098 = internal global i32 912141028, align 4
@.str.213 = private unnamed_addr constant [7 x i8] c"g_1098\00", align 1
@g_1171 = internal global i32 1, align 4
@.str.214 = private unnamed_addr constant [7 x i8] c"g_1171\00", align 1
@.str.215 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f0\00", align 1
@.str.216 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f1\00", align 1
@.str.217 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f2\00", align 1
@.str.218 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f3\00", align 1
@.str.219 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f4\00", align 1
@.str.220 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f5\00", align 1
@.str.221 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f6\00", align 1
@.str.222 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f7\00", align 1
@.str.223 = private unnamed_addr constant [13 x i8] c"g_1192.f0.f8\00", align 1
@.str.224 = private unnamed_addr constant [10 x i8] c"g_1192.f1\00", align 1
@.str.225 = private unnamed_addr constant [10 x i8] c"g_1192.f2\00", align 1
@.str.226 = private unnamed_addr constant [10 x i8] c"g_1192.f3\00", align 1
@g_1233 = internal global i8 57, align 1
@.str.227 = private unnamed_addr constant [7 x i8] c"g_1233\00", align 1
@.str.228 = private unnamed_addr constant [7 x i8] c"g_1263\00", align 1
@g_1387 = internal global i64 -1, align 8
@.str.229 = private unnamed_addr constant [7 x i8] c"g_1387\00", align 1
@.str.230 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f0\00", align 1
@.str.231 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f1\00", align 1
@.str.232 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f2\00", align 1
@.str.233 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f3\00", align 1
@.str.234 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f4\00", align 1
@.str.235 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f5\00", align 1
@.str.236 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f6\00", align 1
@.str.237 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f7\00", align 1
@.str.238 = private unnamed_addr constant [19 x i8] c"g_1418[i][j].f0.f8\00", align 1
@.str.239 = private unnamed_addr constant [16 x i8] c"g_1418[i][j].f1\00", align 1
@.str.240 = private unnamed_addr constant [16 x i8] c"g_1418[i][j].f2\00", align 1
@.str.241 = private unnamed_addr constant [16 x i8] c"g_1418[i][j].f3\00", align 1
@g_1426 = internal global i32 486439343, align 4
@.str.242 = private unnamed_addr constant [7 x i8] c"g_1426\00", align 1
@.str.243 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f0\00", align 1
@.str.244 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f1\00", align 1
@.str.245 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f2\00", align 1
@.str.246 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f3\00", align 1
@.str.247 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f4\00", align 1
@.str.248 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f5\00", align 1
@.str.249 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f6\00", align 1
@.str.250 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f7\00", align 1
@.str.251 = private unnamed_addr constant [19 x i8] c"g_1452[i][j].f0.f8\00", align 1
@.str.252 = private unnamed_addr constant [16 x i8] c"g_1452[i][j].f1\00", align 1
@.str.253 = private unnamed_addr constant [16 x i8] c"g_1452[i][j].f2\00", align 1
@.str.254 = private unnamed_addr constant [16 x i8] c"g_1452[i][j].f3\00", align 1
@.str.255 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f0\00", align 1
@.str.256 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f1\00", align 1
@.str.257 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f2\00", align 1
@.str.258 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f3\00", align 1
@.str.259 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f4\00", align 1
@.str.260 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f5\00", align 1
@.str.261 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f6\00", align 1
@.str.262 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f7\00", align 1
@.str.263 = private unnamed_addr constant [16 x i8] c"g_1465[i].f0.f8\00", align 1
@.str.264 = private unnamed_addr constant [13 x i8] c"g_1465[i].f1\00", align 1
@.str.265 = private unnamed_addr constant [13 x i8] c"g_1465[i].f2\00", align 1
@.str.266 = private unnamed_addr constant [13 x i8] c"g_1465[i].f3\00", align 1
@.str.267 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f0\00", align 1
@.str.268 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f1\00", align 1
@.str.269 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f2\00", align 1
@.str.270 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f3\00", align 1
@.str.271 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f4\00", align 1
@.str.272 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f5\00", align 1
@.str.273 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f6\00", align 1
@.str.274 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f7\00", align 1
@.str.275 = private unnamed_addr constant [13 x i8] c"g_1500.f0.f8\00", align 1
@.str.276 = private unnamed_addr constant [10 x i8] c"g_1500.f1\00", align 1
@.str.277 = private unnamed_addr constant [10 x i8] c"g_1500.f2\00", align 1
@.str.278 = private unnamed_addr constant [10 x i8] c"g_1500.f3\00", align 1
@.str.279 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f0\00", align 1
@.str.280 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f1\00", align 1
@.str.281 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f2\00", align 1
@.str.282 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f3\00", align 1
@.str.283 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f4\00", align 1
@.str.284 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f5\00", align 1
@.str.285 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f6\00", align 1
@.str.286 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f7\00", align 1
@.str.287 = private unnamed_addr constant [13 x i8] c"g_1504.f0.f8\00", align 1
@.str.288 = private unnamed_addr constant [10 x i8] c"g_1504.f1\00", align 1
@.str.289 = private unnamed_addr constant [10 x i8] c"g_1504.f2\00", align 1
@.str.290 = private unnamed_addr constant [10 x i8] c"g_1504.f3\00", align 1
@.str.291 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f0\00", align 1
@.str.292 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f1\00", align 1
@.str.293 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f2\00", align 1
@.str.294 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f3\00", align 1
@.str.295 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f4\00", align 1
@.str.296 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f5\00", align 1
@.str.297 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f6\00", align 1
@.str.298 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f7\00", align 1
@.str.299 = private unnamed_addr constant [13 x i8] c"g_1505.f0.f8\00", align 1
@.str.300 = private unnamed_addr constant [10 x i8] c"g_1505.f1\00", align 1
@.str.301 = private unnamed_addr constant [10 x i8] c"g_1505.f2\00", align 1
@.str.302 = private unnamed_addr constant [10 x i8] c"g_1505.f3\00", align 1
@.str.303 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f0\00", align 1
@.str.304 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f1\00", align 1
@.str.305 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f2\00", align 1
@.str.306 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f3\00", align 1
@.str.307 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f4\00", align 1
@.str.308 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f5\00", align 1
@.str.309 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f6\00", align 1
@.str.310 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f7\00", align 1
@.str.311 = private unnamed_addr constant [13 x i8] c"g_1527.f0.f8\00", align 1
@.str.312 = private unnamed_addr constant [10 x i8] c"g_1527.f1\00", align 1
@.str.313 = private unnamed_addr constant [10 x i8] c"g_1527.f2\00", align 1
@.str.314 = private unnamed_addr constant [10 x i8] c"g_1527.f3\00", align 1
@.str.315 = private unnamed_addr constant [13 x i8] c"g_1533[i].f0\00", align 1
@.str.316 = private unnamed_addr constant [13 x i8] c"g_1533[i].f1\00", align 1
@.str.317 = private unnamed_addr constant [13 x i8] c"g_1533[i].f2\00", align 1
@.str.318 = private unnamed_addr constant [13 x i8] c"g_1533[i].f3\00", align 1
@.str.319 = private unnamed_addr constant [13 x i8] c"g_1533[i].f4\00", align 1
@.str.320 = private unnamed_addr constant [13 x i8] c"g_1533[i].f5\00", align 1
@.str.321 = private unnamed_addr constant [13 x i8] c"g_1533[i].f6\00", align 1
@.str.322 = private unnamed_addr constant [13 x i8] c"g_1533[i].f7\00", align 1
@.str.323 = private unnamed_addr constant [13 x i8] c"g_1533[i].f8\00", align 1
@.str.324 = private unnamed_addr constant [13 x i8] c"g_1588[i].f0\00", align 1
@.str.325 = private unnamed_addr constant [13 x i8] c"g_1588[i].f1\00", align 1
@.str.326 = private unnamed_addr constant [13 x i8] c"g_1588[i].f2\00", align 1
@.str.327 = private unnamed_addr constant [13 x i8] c"g_1588[i].f3\00", align 1
@.str.328 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f0\00", align 1
@.str.329 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f1\00", align 1
@.str.330 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f2\00", align 1
@.str.331 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f3\00", align 1
@.str.332 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f4\00", align 1
@.str.333 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f5\00", align 1
@.str.334 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f6\00", align 1
@.str.335 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f7\00", align 1
@.str.336 = private unnamed_addr constant [16 x i8] c"g_1600[i].f0.f8\00", align 1
@.str.337 = private unnamed_addr constant [13 x i8] c"g_1600[i].f1\00", align 1
@.str.338 = private unnamed_addr constant [13 x i8] c"g_1600[i].f2\00", align 1
@.str.339 = private unnamed_addr constant [13 x i8] c"g_1600[i].f3\00", align 1
@.str.340 = private unnamed_addr constant [10 x i8] c"g_1633.f0\00", align 1
@.str.341 = private unnamed_addr constant [10 x i8] c"g_1633.f1\00", align 1
@.str.342 = private unnamed_addr constant [10 x i8] c"g_1633.f2\00", align 1
@.str.343 = private unnamed_addr constant [10 x i8] c"g_1633.f3\00", align 1
@.str.344 = private unnamed_addr constant [10 x i8] c"g_1645.f0\00", align 1
@.str.345 = private unnamed_addr constant [10 x i8] c"g_1645.f1\00", align 1
@.str.346 = private unnamed_addr constant [10 x i8] c"g_1645.f2\00", align 1
@.str.347 = private unnamed_addr constant [10 x i8] c"g_1645.f3\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_1643 = private unnamed_addr constant [8 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr getelementptr (i8, ptr @g_1055, i64 236)], align 16
@__const.func_1.l_19 = private unnamed_addr constant [1 x [8 x [3 x i16]]] [[8 x [3 x i16]] [[3 x i16] [i16 -3, i16 -3, i16 -8], [3 x i16] [i16 1, i16 1, i16 -3], [3 x i16] [i16 1, i16 1, i16 -3], [3 x i16] [i16 1, i16 1, i16 -3], [3 x i16] [i16 1, i16 1, i16 -3], [3 x i16] [i16 1, i16 1, i16 -3], [3 x i16] [i16 1, i16 1, i16 -3], [3 x i16] [i16 1, i16 1, i16 -3]]], align 16
@__const.func_1.l_27 = private unnamed_addr constant [9 x [2 x [3 x ptr]]] [[2 x [3 x ptr]] [[3 x ptr] [ptr null, ptr @g_28, ptr @g_28], [3 x ptr] [ptr null, ptr null, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr null, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr null, ptr null, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr null, ptr @g_28, ptr @g_28], [3 x ptr] [ptr null, ptr null, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr null, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr null, ptr null, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]]], align 16
@__const.func_1.l_1621 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -4, i8 -33, i8 -17, i8 55, i8 0 }, align 1
@g_889 = internal global ptr @g_890, align 8
@g_180 = internal global ptr @g_181, align 8
@g_351 = internal global ptr @g_113, align 8
@g_890 = internal global ptr @g_752, align 8
@__const.func_4.l_1622 = private unnamed_addr constant [5 x [2 x [3 x { i32, i8, i8, i8, i8 }]]] [[2 x [3 x { i32, i8, i8, i8, i8 }]] [[3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 -885883034, i8 47, i8 112, i8 119, i8 1 }, { i32, i8, i8, i8, i8 } { i32 1, i8 61, i8 96, i8 0, i8 0 }, { i32, i8, i8, i8, i8 } { i32 3, i8 -6, i8 -1, i8 23, i8 1 }], [3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 6, i8 20, i8 32, i8 -8, i8 0 }, { i32, i8, i8, i8, i8 } { i32 -8, i8 57, i8 64, i8 72, i8 1 }, { i32, i8, i8, i8, i8 } { i32 6, i8 20, i8 32, i8 -8, i8 0 }]], [2 x [3 x { i32, i8, i8, i8, i8 }]] [[3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 -1, i8 46, i8 96, i8 -128, i8 0 }, { i32, i8, i8, i8, i8 } { i32 -885883034, i8 47, i8 112, i8 119, i8 1 }, { i32, i8, i8, i8, i8 } { i32 3, i8 -6, i8 -1, i8 23, i8 1 }], [3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 -1, i8 -22, i8 127, i8 111, i8 0 }, { i32, i8, i8, i8, i8 } { i32 -1, i8 -22, i8 127, i8 111, i8 0 }, { i32, i8, i8, i8, i8 } { i32 1354922177, i8 45, i8 48, i8 80, i8 1 }]], [2 x [3 x { i32, i8, i8, i8, i8 }]] [[3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 1, i8 35, i8 32, i8 88, i8 0 }, { i32, i8, i8, i8, i8 } { i32 -885883034, i8 47, i8 112, i8 119, i8 1 }, { i32, i8, i8, i8, i8 } { i32 -885883034, i8 47, i8 112, i8 119, i8 1 }], [3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 1354922177, i8 45, i8 48, i8 80, i8 1 }, { i32, i8, i8, i8, i8 } { i32 -8, i8 57, i8 64, i8 72, i8 1 }, { i32, i8, i8, i8, i8 } { i32 -6, i8 -46, i8 -1, i8 55, i8 0 }]], [2 x [3 x { i32, i8, i8, i8, i8 }]] [[3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 1, i8 35, i8 32, i8 88, i8 0 }, { i32, i8, i8, i8, i8 } { i32 1, i8 61, i8 96, i8 0, i8 0 }, { i32, i8, i8, i8, i8 } { i32 1, i8 35, i8 32, i8 88, i8 0 }], [3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 -1, i8 -22, i8 127, i8 111, i8 0 }, { i32, i8, i8, i8, i8 } { i32 1354922177, i8 45, i8 48, i8 80, i8 1 }, { i32, i8, i8, i8, i8 } { i32 -6, i8 -46, i8 -1, i8 55, i8 0 }]], [2 x [3 x { i32, i8, i8, i8, i8 }]] [[3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 -1, i8 46, i8 96, i8 -128, i8 0 }, { i32, i8, i8, i8, i8 } { i32 -1, i8 46, i8 96, i8 -128, i8 0 }, { i32, i8, i8, i8, i8 } { i32 -885883034, i8 47, i8 112, i8 119, i8 1 }], [3 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 6, i8 20, i8 32, i8 -8, i8 0 }, { i32, i8, i8, i8, i8 } { i32 1354922177, i8 45, i8 48, i8 80, i8 1 }, { i32, i8, i8, i8, i8 } { i32 1354922177, i8 45, i8 48, i8 80, i8 1 }]]], align 16
@__const.func_12.l_1613 = private unnamed_addr constant [7 x [4 x [5 x ptr]]] [[4 x [5 x ptr]] [[5 x ptr] [ptr @g_26, ptr @g_137, ptr @g_28, ptr @g_139, ptr @g_270], [5 x ptr] [ptr getelementptr (i8, ptr @g_943, i64 8), ptr @g_270, ptr getelementptr (i8, ptr @g_943, i64 32), ptr @g_139, ptr getelementptr (i8, ptr @g_1055, i64 236)], [5 x ptr] [ptr @g_139, ptr @g_270, ptr @g_139, ptr @g_270, ptr getelementptr (i8, ptr @g_943, i64 36)], [5 x ptr] [ptr @g_28, ptr @g_270, ptr @g_270, ptr getelementptr (i8, ptr @g_943, i64 24), ptr getelementptr (i8, ptr @g_943, i64 36)]], [4 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 572), ptr @g_137, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_28, ptr getelementptr (i8, ptr @g_1055, i64 236)], [5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 604), ptr getelementptr (i8, ptr @g_1055, i64 616), ptr @g_270, ptr @g_270, ptr @g_270], [5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 604), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_139, ptr @g_270, ptr null], [5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 572), ptr null, ptr getelementptr (i8, ptr @g_943, i64 32), ptr @g_270, ptr @g_137]], [4 x [5 x ptr]] [[5 x ptr] [ptr @g_28, ptr null, ptr @g_28, ptr @g_28, ptr null], [5 x ptr] [ptr @g_139, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_28, ptr getelementptr (i8, ptr @g_943, i64 24), ptr @g_137], [5 x ptr] [ptr getelementptr (i8, ptr @g_943, i64 8), ptr getelementptr (i8, ptr @g_1055, i64 616), ptr @g_28, ptr @g_270, ptr null], [5 x ptr] [ptr @g_26, ptr @g_137, ptr @g_28, ptr @g_139, ptr @g_270]], [4 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_943, i64 8), ptr @g_270, ptr getelementptr (i8, ptr @g_943, i64 32), ptr @g_139, ptr getelementptr (i8, ptr @g_1055, i64 236)], [5 x ptr] [ptr @g_139, ptr @g_270, ptr @g_139, ptr @g_270, ptr getelementptr (i8, ptr @g_943, i64 36)], [5 x ptr] [ptr @g_28, ptr @g_270, ptr @g_270, ptr getelementptr (i8, ptr @g_943, i64 24), ptr getelementptr (i8, ptr @g_943, i64 36)], [5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 572), ptr @g_137, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_28, ptr getelementptr (i8, ptr @g_1055, i64 236)]], [4 x [5 x ptr]] [[5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 604), ptr getelementptr (i8, ptr @g_1055, i64 616), ptr @g_270, ptr @g_270, ptr @g_270], [5 x ptr] [ptr @g_26, ptr @g_943, ptr null, ptr @g_270, ptr @g_137], [5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 200), ptr @g_137, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_270, ptr @g_28], [5 x ptr] [ptr getelementptr (i8, ptr @g_943, i64 32), ptr @g_137, ptr @g_137, ptr @g_137, ptr @g_137]], [4 x [5 x ptr]] [[5 x ptr] [ptr @g_137, ptr @g_943, ptr @g_28, ptr getelementptr (i8, ptr @g_1055, i64 616), ptr @g_28], [5 x ptr] [ptr @g_270, ptr @g_26, ptr @g_28, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_137], [5 x ptr] [ptr null, ptr @g_28, ptr @g_137, ptr null, ptr getelementptr (i8, ptr @g_1055, i64 268)], [5 x ptr] [ptr @g_270, ptr getelementptr (i8, ptr @g_1055, i64 268), ptr getelementptr (i8, ptr @g_1055, i64 236), ptr null, ptr null]], [4 x [5 x ptr]] [[5 x ptr] [ptr @g_137, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr null, ptr getelementptr (i8, ptr @g_1055, i64 236), ptr @g_270], [5 x ptr] [ptr getelementptr (i8, ptr @g_943, i64 32), ptr getelementptr (i8, ptr @g_1055, i64 268), ptr @g_270, ptr getelementptr (i8, ptr @g_1055, i64 616), ptr @g_270], [5 x ptr] [ptr getelementptr (i8, ptr @g_1055, i64 200), ptr @g_28, ptr getelementptr (i8, ptr @g_943, i64 28), ptr @g_137, ptr null], [5 x ptr] [ptr @g_26, ptr @g_26, ptr @g_270, ptr @g_270, ptr getelementptr (i8, ptr @g_1055, i64 268)]]], align 16
@__const.func_30.l_55 = private unnamed_addr constant [7 x i32] [i32 -1553789485, i32 -1827884985, i32 -1553789485, i32 -1553789485, i32 -1827884985, i32 -1553789485, i32 -1553789485], align 16
@g_1506 = internal global ptr getelementptr (i8, ptr @g_1507, i64 16), align 8
@g_50 = internal global ptr @g_28, align 8
@__const.func_30.l_1576 = private unnamed_addr constant [4 x i16] [i16 1, i16 1, i16 1, i16 1], align 2
@__const.func_30.l_1597 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 9, i8 -61, i8 -49, i8 79, i8 1 }, align 1
@constinit = private constant [5 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28, ptr @g_28, ptr @g_28], align 8
@constinit.348 = private constant [5 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28, ptr @g_28, ptr @g_28], align 8
@__const.func_30.l_712 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -125217080, i8 -59, i8 -113, i8 -56, i8 1 }, align 1
@g_80 = internal global ptr @g_81, align 8
@__const.func_30.l_1475 = private unnamed_addr constant [6 x [4 x [2 x i64]]] [[4 x [2 x i64]] [[2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738], [2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738]], [4 x [2 x i64]] [[2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738], [2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738]], [4 x [2 x i64]] [[2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738], [2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738]], [4 x [2 x i64]] [[2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738], [2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738]], [4 x [2 x i64]] [[2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738], [2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738]], [4 x [2 x i64]] [[2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738], [2 x i64] [i64 -3248896762556464676, i64 -2529392019978127738], [2 x i64] [i64 -3736746358216202122, i64 -2529392019978127738]]], align 16
@g_1155 = internal global ptr @g_1156, align 8
@g_1507 = internal global [4 x ptr] [ptr @g_1508, ptr @g_1508, ptr @g_1508, ptr @g_1508], align 16
@g_1508 = internal global ptr @g_711, align 8
@__const.func_61.l_866 = private unnamed_addr constant [8 x i32] [i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1], align 16
@__const.func_61.l_934 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 708963322, i8 -58, i8 -97, i8 95, i8 0 }, align 1
@__const.func_61.l_946 = private unnamed_addr constant [2 x [10 x i32]] [[10 x i32] [i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194], [10 x i32] [i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194, i32 -1390934167, i32 -468969194]], align 16
@__const.func_61.l_1073 = private unnamed_addr constant [8 x [2 x [1 x ptr]]] [[2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]], [2 x [1 x ptr]] [[1 x ptr] [ptr @g_180], [1 x ptr] [ptr @g_180]]], align 16
@__const.func_61.l_1104 = private unnamed_addr constant [5 x [4 x [9 x i32]]] [[4 x [9 x i32]] [[9 x i32] [i32 -1367060057, i32 6, i32 0, i32 -1, i32 -678537843, i32 2024140536, i32 -531410468, i32 6, i32 -1], [9 x i32] [i32 -1, i32 1614588971, i32 -1, i32 0, i32 -525112044, i32 -1616229008, i32 0, i32 8, i32 0], [9 x i32] [i32 0, i32 -678537843, i32 0, i32 3, i32 -678537843, i32 -531410468, i32 -1952881622, i32 -2, i32 3], [9 x i32] [i32 -1, i32 -525112044, i32 0, i32 -693629716, i32 1614588971, i32 -1616229008, i32 -1616229008, i32 1614588971, i32 -693629716]], [4 x [9 x i32]] [[9 x i32] [i32 -1367060057, i32 -678537843, i32 -1367060057, i32 4, i32 6, i32 2024140536, i32 -1952881622, i32 -656566957, i32 4], [9 x i32] [i32 -833290817, i32 1614588971, i32 0, i32 4, i32 1452073411, i32 0, i32 0, i32 1614588971, i32 4], [9 x i32] [i32 -589055369, i32 6, i32 0, i32 4, i32 0, i32 -1034746432, i32 -531410468, i32 -2, i32 4], [9 x i32] [i32 0, i32 1452073411, i32 -1, i32 -693629716, i32 1452073411, i32 0, i32 -952288485, i32 8, i32 -693629716]], [4 x [9 x i32]] [[9 x i32] [i32 -589055369, i32 0, i32 0, i32 3, i32 6, i32 -1034746432, i32 -1034746432, i32 6, i32 3], [9 x i32] [i32 -833290817, i32 1452073411, i32 -833290817, i32 0, i32 1614588971, i32 0, i32 -952288485, i32 766191644, i32 0], [9 x i32] [i32 -1367060057, i32 6, i32 0, i32 -1, i32 -678537843, i32 2024140536, i32 -531410468, i32 6, i32 -1], [9 x i32] [i32 -1, i32 1614588971, i32 -1, i32 0, i32 -525112044, i32 -1616229008, i32 0, i32 8, i32 0]], [4 x [9 x i32]] [[9 x i32] [i32 0, i32 -678537843, i32 0, i32 3, i32 -678537843, i32 -531410468, i32 -1952881622, i32 -1952881622, i32 -2], [9 x i32] [i32 370356431, i32 0, i32 1346688496, i32 -1, i32 0, i32 0, i32 0, i32 0, i32 -1], [9 x i32] [i32 2087131351, i32 -1034746432, i32 2087131351, i32 8, i32 2024140536, i32 9, i32 -1693759028, i32 1060931936, i32 8], [9 x i32] [i32 4, i32 0, i32 1346688496, i32 1, i32 -1616229008, i32 1554501519, i32 -1, i32 0, i32 1]], [4 x [9 x i32]] [[9 x i32] [i32 -855723360, i32 2024140536, i32 297940748, i32 8, i32 -531410468, i32 1163486315, i32 -1203664818, i32 -1952881622, i32 8], [9 x i32] [i32 1346688496, i32 -1616229008, i32 1, i32 -1, i32 -1616229008, i32 -1, i32 867302969, i32 -952288485, i32 -1], [9 x i32] [i32 -855723360, i32 -531410468, i32 -9, i32 -2, i32 2024140536, i32 1163486315, i32 1163486315, i32 2024140536, i32 -2], [9 x i32] [i32 4, i32 -1616229008, i32 4, i32 1572823927, i32 0, i32 1554501519, i32 867302969, i32 -1650534206, i32 1572823927]]], align 16
@__const.func_61.l_1128 = private unnamed_addr constant [7 x [6 x i16]] [[6 x i16] [i16 25204, i16 29435, i16 25204, i16 29435, i16 25204, i16 29435], [6 x i16] [i16 24437, i16 29435, i16 24437, i16 29435, i16 24437, i16 29435], [6 x i16] [i16 25204, i16 29435, i16 25204, i16 29435, i16 25204, i16 29435], [6 x i16] [i16 24437, i16 29435, i16 24437, i16 29435, i16 24437, i16 29435], [6 x i16] [i16 25204, i16 29435, i16 25204, i16 29435, i16 25204, i16 29435], [6 x i16] [i16 24437, i16 29435, i16 24437, i16 29435, i16 24437, i16 29435], [6 x i16] [i16 25204, i16 29435, i16 25204, i16 29435, i16 25204, i16 29435]], align 16
@g_919 = internal global ptr @g_888, align 8
@__const.func_61.l_1341 = private unnamed_addr constant [2 x [8 x [1 x i8]]] [[8 x [1 x i8]] [[1 x i8] c"K", [1 x i8] c"-", [1 x i8] c"\FA", [1 x i8] zeroinitializer, [1 x i8] c"\FA", [1 x i8] c"-", [1 x i8] c"K", [1 x i8] c"-"], [8 x [1 x i8]] [[1 x i8] c"\FA", [1 x i8] zeroinitializer, [1 x i8] c"\FA", [1 x i8] c"-", [1 x i8] c"K", [1 x i8] c"-", [1 x i8] c"\FA", [1 x i8] zeroinitializer]], align 16
@g_198 = internal constant ptr @g_109, align 8
@g_731 = internal global ptr null, align 8
@__const.func_61.l_976 = private unnamed_addr constant [10 x i64] [i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551, i64 6660437769797448551], align 16
@g_200 = internal global ptr @g_201, align 8
@g_918 = internal global ptr @g_919, align 8
@g_872 = internal global ptr @g_201, align 8
@g_508 = internal global [4 x [5 x ptr]] [[5 x ptr] [ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201], [5 x ptr] [ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201], [5 x ptr] [ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201], [5 x ptr] [ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201]], align 16
@__const.func_61.l_944 = private unnamed_addr constant [7 x ptr] [ptr @g_637, ptr null, ptr @g_637, ptr @g_637, ptr null, ptr @g_637, ptr @g_637], align 16
@__const.func_61.l_1295 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -439421161, i8 17, i8 80, i8 -56, i8 0 }, align 1
@__const.func_61.l_1381 = private unnamed_addr constant [7 x [3 x i16]] [[3 x i16] [i16 10431, i16 0, i16 10431], [3 x i16] [i16 -7, i16 -22241, i16 -7], [3 x i16] [i16 10431, i16 0, i16 10431], [3 x i16] [i16 -7, i16 -22241, i16 -7], [3 x i16] [i16 10431, i16 0, i16 10431], [3 x i16] [i16 -7, i16 -22241, i16 -7], [3 x i16] [i16 10431, i16 0, i16 10431]], align 16
@g_1059 = internal global ptr @g_201, align 8
@g_201 = internal global ptr null, align 8
@g_79 = internal constant i16 0, align 2
@__const.func_64.l_673 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 37561097, i8 -55, i8 63, i8 48, i8 1 }, align 1
@__const.func_64.l_684 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -1024208918, i8 37, i8 -128, i8 0, i8 1 }, align 1
@__const.func_64.l_708 = private unnamed_addr constant [6 x [7 x ptr]] [[7 x ptr] [ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 96), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 96), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8)], [7 x ptr] [ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 56), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 68)], [7 x ptr] [ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8)], [7 x ptr] [ptr getelementptr (i8, ptr @g_653, i64 68), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 68), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 56), ptr getelementptr (i8, ptr @g_653, i64 8)], [7 x ptr] [ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8)], [7 x ptr] [ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 68), ptr getelementptr (i8, ptr @g_653, i64 68), ptr getelementptr (i8, ptr @g_653, i64 68), ptr getelementptr (i8, ptr @g_653, i64 8), ptr getelementptr (i8, ptr @g_653, i64 8)]], align 16
@constinit.349 = private constant [7 x ptr] [ptr @g_139, ptr @g_137, ptr @g_139, ptr @g_137, ptr @g_139, ptr @g_139, ptr @g_137], align 8
@constinit.350 = private constant [7 x ptr] [ptr @g_137, ptr @g_137, ptr null, ptr @g_137, ptr @g_270, ptr null, ptr null], align 8
@constinit.351 = private constant [7 x ptr] [ptr @g_270, ptr null, ptr @g_139, ptr @g_139, ptr null, ptr @g_270, ptr @g_137], align 8
@constinit.352 = private constant [7 x ptr] [ptr @g_137, ptr @g_137, ptr @g_270, ptr @g_137, ptr null, ptr @g_137, ptr @g_137], align 8
@constinit.353 = private constant [7 x ptr] [ptr @g_270, ptr @g_137, ptr @g_139, ptr @g_270, ptr @g_139, ptr @g_270, ptr @g_270], align 8
@constinit.354 = private constant [7 x ptr] [ptr @g_137, ptr null, ptr @g_137, ptr @g_137, ptr @g_137, ptr @g_137, ptr null], align 8
@g_181 = internal global ptr @g_43, align 8
@g_688 = internal global ptr null, align 8
@__const.func_66.l_184 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -3, i8 -48, i8 63, i8 16, i8 1 }, align 1
@__const.func_66.l_341 = private unnamed_addr constant [8 x i32] [i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3], align 16
@__const.func_66.l_506 = private unnamed_addr constant [4 x ptr] [ptr @g_201, ptr @g_201, ptr @g_201, ptr @g_201], align 16
@__const.func_66.l_166 = private unnamed_addr constant [9 x [1 x [9 x i32]]] [[1 x [9 x i32]] [[9 x i32] [i32 485533107, i32 0, i32 -8, i32 -8, i32 0, i32 485533107, i32 -933488506, i32 485533107, i32 0]], [1 x [9 x i32]] [[9 x i32] [i32 -197681781, i32 18532858, i32 18532858, i32 -197681781, i32 -9, i32 1088106, i32 -9, i32 -197681781, i32 18532858]], [1 x [9 x i32]] [[9 x i32] [i32 -277759374, i32 -277759374, i32 -933488506, i32 0, i32 1, i32 0, i32 -933488506, i32 -277759374, i32 -277759374]], [1 x [9 x i32]] [[9 x i32] [i32 18532858, i32 -197681781, i32 -9, i32 1088106, i32 -9, i32 -197681781, i32 18532858, i32 18532858, i32 -197681781]], [1 x [9 x i32]] [[9 x i32] [i32 0, i32 485533107, i32 -933488506, i32 485533107, i32 0, i32 -8, i32 -8, i32 0, i32 485533107]], [1 x [9 x i32]] [[9 x i32] [i32 18532858, i32 -9, i32 18532858, i32 1071997394, i32 -1555921864, i32 -1555921864, i32 1071997394, i32 18532858, i32 -9]], [1 x [9 x i32]] [[9 x i32] [i32 -277759374, i32 -957773773, i32 -8, i32 -933488506, i32 -933488506, i32 -8, i32 -957773773, i32 -277759374, i32 -957773773]], [1 x [9 x i32]] [[9 x i32] [i32 -197681781, i32 1088106, i32 1071997394, i32 1071997394, i32 1088106, i32 -197681781, i32 -1555921864, i32 -197681781, i32 1088106]], [1 x [9 x i32]] [[9 x i32] [i32 485533107, i32 -957773773, i32 -957773773, i32 -957773773, i32 1, i32 -8, i32 1, i32 -957773773, i32 0]]], align 16
@g_118 = internal constant i16 0, align 2
@__const.func_66.l_170 = private unnamed_addr constant [5 x i32] [i32 -4, i32 -4, i32 -4, i32 -4, i32 -4], align 16
@__const.func_66.l_206 = private unnamed_addr constant [10 x ptr] [ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207, ptr @g_207], align 16
@g_197 = internal global [4 x ptr] [ptr @g_198, ptr @g_198, ptr @g_198, ptr @g_198], align 16
@__const.func_66.l_247 = private unnamed_addr constant [7 x [10 x i32]] [[10 x i32] [i32 -6, i32 332082163, i32 1, i32 -1983789464, i32 -903507197, i32 486045808, i32 -1221580965, i32 1, i32 -1848077929, i32 0], [10 x i32] [i32 -6, i32 285176523, i32 -402422098, i32 0, i32 1, i32 -1470413801, i32 0, i32 853494323, i32 1681737125, i32 853494323], [10 x i32] [i32 -1470413801, i32 0, i32 853494323, i32 1681737125, i32 853494323, i32 0, i32 -1470413801, i32 1, i32 0, i32 -402422098], [10 x i32] [i32 9, i32 7, i32 0, i32 -1848077929, i32 1, i32 -1221580965, i32 486045808, i32 -903507197, i32 -1983789464, i32 1], [10 x i32] [i32 -1848077929, i32 7, i32 654450582, i32 -6, i32 9, i32 -147295150, i32 -1470413801, i32 -402422098, i32 -1, i32 -1], [10 x i32] [i32 -8, i32 0, i32 1681737125, i32 -1999020582, i32 -1999020582, i32 1681737125, i32 0, i32 -8, i32 285176523, i32 7], [10 x i32] [i32 654450582, i32 285176523, i32 1, i32 853494323, i32 -6, i32 9, i32 -1221580965, i32 1, i32 -1470413801, i32 -1999020582]], align 16
@constinit.355 = private constant [3 x ptr] zeroinitializer, align 8
@__const.func_66.l_357 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -4, i8 -38, i8 111, i8 71, i8 0 }, align 1
@g_349 = internal global ptr @g_350, align 8
@g_350 = internal global ptr @g_351, align 8
@g_385 = internal global ptr @g_270, align 8
@__const.func_66.l_469 = private unnamed_addr constant [1 x [7 x [9 x i32]]] [[7 x [9 x i32]] [[9 x i32] [i32 1, i32 0, i32 184133329, i32 0, i32 1, i32 0, i32 184133329, i32 0, i32 1], [9 x i32] [i32 1954169956, i32 -1725084985, i32 -78971244, i32 1, i32 1, i32 -78971244, i32 -1725084985, i32 1954169956, i32 1954169956], [9 x i32] [i32 -767601239, i32 0, i32 -767601239, i32 -9, i32 -767601239, i32 0, i32 -767601239, i32 -9, i32 -767601239], [9 x i32] [i32 1954169956, i32 1, i32 -1725084985, i32 -1725084985, i32 1, i32 1954169956, i32 -78971244, i32 -78971244, i32 1954169956], [9 x i32] [i32 1, i32 -9, i32 184133329, i32 -9, i32 1, i32 -9, i32 184133329, i32 -9, i32 1], [9 x i32] [i32 1, i32 -1725084985, i32 -1725084985, i32 1, i32 1954169956, i32 -78971244, i32 -78971244, i32 1954169956, i32 1], [9 x i32] [i32 -767601239, i32 -9, i32 -767601239, i32 0, i32 -767601239, i32 -9, i32 -767601239, i32 0, i32 -767601239]]], align 16
@__const.func_66.l_438 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -5, i8 33, i8 0, i8 -64, i8 0 }, align 1
@g_511 = internal global ptr @g_512, align 8
@g_535 = internal constant [1 x ptr] [ptr @g_536], align 8
@g_536 = internal global ptr @g_191, align 8
@__const.func_66.l_639 = private unnamed_addr constant [4 x i16] [i16 -678, i16 -678, i16 -678, i16 -678], align 2
@__const.func_66.l_567 = private unnamed_addr constant [9 x [2 x i16]] [[2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6], [2 x i16] [i16 6, i16 6]], align 16
@__const.func_66.l_575 = private unnamed_addr constant [5 x ptr] [ptr @g_350, ptr @g_350, ptr @g_350, ptr @g_350, ptr @g_350], align 16
@g_284 = internal global ptr @g_285, align 8
@__const.func_66.l_591 = private unnamed_addr constant [4 x [2 x i32]] [[2 x i32] [i32 -1650592110, i32 -10], [2 x i32] [i32 -1650592110, i32 -10], [2 x i32] [i32 -1650592110, i32 -10], [2 x i32] [i32 -1650592110, i32 -10]], align 16
@__const.func_66.l_592 = private unnamed_addr constant [2 x [5 x i32]] [[5 x i32] [i32 -1532689596, i32 -8, i32 -1532689596, i32 -8, i32 -1532689596], [5 x i32] [i32 -1206536042, i32 -1206536042, i32 -1206536042, i32 -1206536042, i32 -1206536042]], align 16
@g_286 = internal global [2 x [1 x ptr]] [[1 x ptr] [ptr @g_284], [1 x ptr] [ptr @g_284]], align 16
@__const.func_66.l_617 = private unnamed_addr constant [2 x [5 x i32]] [[5 x i32] [i32 1100862807, i32 1763002829, i32 -167739783, i32 -167739783, i32 1763002829], [5 x i32] [i32 1100862807, i32 1763002829, i32 -167739783, i32 -167739783, i32 1763002829]], align 16
@__const.func_66.l_635 = private unnamed_addr constant [5 x [4 x ptr]] [[4 x ptr] [ptr @g_40, ptr null, ptr @g_40, ptr null], [4 x ptr] [ptr @g_40, ptr null, ptr @g_40, ptr null], [4 x ptr] [ptr @g_40, ptr null, ptr @g_40, ptr null], [4 x ptr] [ptr @g_40, ptr null, ptr @g_40, ptr null], [4 x ptr] [ptr @g_40, ptr null, ptr @g_40, ptr null]], align 16
@g_81 = internal constant i16 1, align 2
@g_1156 = internal global ptr @g_543, align 8
@.str.356 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_3 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -116, i8 0, i8 0, i8 35, i8 -128, i8 -45, i8 0, i8 -10 }, align 1
@g_177 = internal global [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -443743856, i8 -103, i8 10, [2 x i8] zeroinitializer, i32 -1846018604, i8 -9, [3 x i8] zeroinitializer, i64 -1, i8 -90, i8 -4, i8 31, i8 0, i32 1162920494, i16 -16829, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 7, i32 1441558858 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1693560719, i8 98, i8 2, [2 x i8] zeroinitializer, i32 0, i8 30, [3 x i8] zeroinitializer, i64 -1, i8 120, i8 1, i8 0, i8 0, i32 2, i16 -11302, [6 x i8] zeroinitializer }, i8 5, i8 0, i16 0, i32 -3 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -443743856, i8 -103, i8 10, [2 x i8] zeroinitializer, i32 -1846018604, i8 -9, [3 x i8] zeroinitializer, i64 -1, i8 -90, i8 -4, i8 31, i8 0, i32 1162920494, i16 -16829, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 7, i32 1441558858 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -443743856, i8 -103, i8 10, [2 x i8] zeroinitializer, i32 -1846018604, i8 -9, [3 x i8] zeroinitializer, i64 -1, i8 -90, i8 -4, i8 31, i8 0, i32 1162920494, i16 -16829, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 7, i32 1441558858 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1693560719, i8 98, i8 2, [2 x i8] zeroinitializer, i32 0, i8 30, [3 x i8] zeroinitializer, i64 -1, i8 120, i8 1, i8 0, i8 0, i32 2, i16 -11302, [6 x i8] zeroinitializer }, i8 5, i8 0, i16 0, i32 -3 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -443743856, i8 -103, i8 10, [2 x i8] zeroinitializer, i32 -1846018604, i8 -9, [3 x i8] zeroinitializer, i64 -1, i8 -90, i8 -4, i8 31, i8 0, i32 1162920494, i16 -16829, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 7, i32 1441558858 }], align 16
@g_186 = internal global { i32, i8, i8, i8, i8 } { i32 -1072673826, i8 49, i8 32, i8 0, i8 1 }, align 1
@g_191 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 85, i8 -1, i8 -33, i8 -14, i8 -1, i8 112, i8 0, i8 12 }, align 1
@g_285 = internal global { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 81278643, i8 -69, i8 12, [2 x i8] zeroinitializer, i32 2060857187, i8 -71, [3 x i8] zeroinitializer, i64 3106823153760026560, i8 42, i8 0, i8 0, i8 0, i32 1, i16 15337, [6 x i8] zeroinitializer }, align 8
@g_358 = internal global [5 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 585316644, i8 -82, i8 2, [2 x i8] zeroinitializer, i32 -1242189073, i8 -30, [3 x i8] zeroinitializer, i64 7718234362145273197, i8 16, i8 5, i8 0, i8 0, i32 377771033, i16 20244, [6 x i8] zeroinitializer }, i8 -128, i8 0, i16 1, i32 -1446598320 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 585316644, i8 -82, i8 2, [2 x i8] zeroinitializer, i32 -1242189073, i8 -30, [3 x i8] zeroinitializer, i64 7718234362145273197, i8 16, i8 5, i8 0, i8 0, i32 377771033, i16 20244, [6 x i8] zeroinitializer }, i8 -128, i8 0, i16 1, i32 -1446598320 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 585316644, i8 -82, i8 2, [2 x i8] zeroinitializer, i32 -1242189073, i8 -30, [3 x i8] zeroinitializer, i64 7718234362145273197, i8 16, i8 5, i8 0, i8 0, i32 377771033, i16 20244, [6 x i8] zeroinitializer }, i8 -128, i8 0, i16 1, i32 -1446598320 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 585316644, i8 -82, i8 2, [2 x i8] zeroinitializer, i32 -1242189073, i8 -30, [3 x i8] zeroinitializer, i64 7718234362145273197, i8 16, i8 5, i8 0, i8 0, i32 377771033, i16 20244, [6 x i8] zeroinitializer }, i8 -128, i8 0, i16 1, i32 -1446598320 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 585316644, i8 -82, i8 2, [2 x i8] zeroinitializer, i32 -1242189073, i8 -30, [3 x i8] zeroinitializer, i64 7718234362145273197, i8 16, i8 5, i8 0, i8 0, i32 377771033, i16 20244, [6 x i8] zeroinitializer }, i8 -128, i8 0, i16 1, i32 -1446598320 }], align 16
@g_383 = internal global { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 6, i8 -10, i8 1, [2 x i8] zeroinitializer, i32 648181259, i8 -74, [3 x i8] zeroinitializer, i64 4, i8 105, i8 -5, i8 31, i8 0, i32 7, i16 10382, [6 x i8] zeroinitializer }, align 8
@g_413 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 122, i8 1, i8 0, i8 -8, i8 127, i8 95, i8 0, i8 10 }, align 1
@g_422 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 9, i8 4, [2 x i8] zeroinitializer, i32 -1430027177, i8 0, [3 x i8] zeroinitializer, i64 7192153645223486389, i8 -22, i8 0, i8 0, i8 0, i32 -1, i16 5, [6 x i8] zeroinitializer }, i8 -4, i8 0, i16 0, i32 0 }, align 8
@g_445 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 -4, i8 79, i8 35, i8 -128, i8 79, i8 0, i8 12 }, align 1
@g_512 = internal global { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 -1, i8 4, [2 x i8] zeroinitializer, i32 -10, i8 5, [3 x i8] zeroinitializer, i64 -7437656808307738830, i8 -128, i8 -1, i8 31, i8 0, i32 1949553296, i16 0, [6 x i8] zeroinitializer }, align 8
@g_543 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -46, i8 -3, i8 -17, i8 -42, i8 127, i8 83, i8 0, i8 18 }, align 1
@g_685 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 228441642, i8 0, i8 10, [2 x i8] zeroinitializer, i32 -10, i8 -6, [3 x i8] zeroinitializer, i64 1861133658335369945, i8 -124, i8 -1, i8 31, i8 0, i32 879450934, i16 -1, [6 x i8] zeroinitializer }, i8 -28, i8 0, i16 665, i32 1 }, align 8
@g_705 = internal constant { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 4, i8 -81, i8 6, [2 x i8] zeroinitializer, i32 -1, i8 0, [3 x i8] zeroinitializer, i64 3, i8 -21, i8 -5, i8 31, i8 0, i32 0, i16 1, [6 x i8] zeroinitializer }, align 8
@g_711 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -60, i8 -4, i8 111, i8 -23, i8 127, i8 -64, i8 0, i8 -6 }, align 1
@g_752 = internal global { i32, i8, i8, i8, i8 } { i32 1800933045, i8 5, i8 64, i8 56, i8 0 }, align 1
@g_753 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 0, i8 8, [2 x i8] zeroinitializer, i32 -1237353356, i8 -1, [3 x i8] zeroinitializer, i64 -3646705793731987173, i8 -43, i8 3, i8 0, i8 0, i32 -794560685, i16 0, [6 x i8] zeroinitializer }, i8 114, i8 0, i16 8, i32 -2 }, align 8
@g_888 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -2067032287, i8 30, i8 11, [2 x i8] zeroinitializer, i32 0, i8 0, [3 x i8] zeroinitializer, i64 0, i8 31, i8 -1, i8 31, i8 0, i32 -1115850322, i16 -4, [6 x i8] zeroinitializer }, i8 -7, i8 0, i16 6, i32 -1302134007 }, align 8
@g_945 = internal global { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 -59, i8 6, [2 x i8] zeroinitializer, i32 -2039327022, i8 17, [3 x i8] zeroinitializer, i64 2826864967685185155, i8 19, i8 4, i8 0, i8 0, i32 -1815818233, i16 -11654, [6 x i8] zeroinitializer }, align 8
@g_1005 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 3, i8 5, [2 x i8] zeroinitializer, i32 -8, i8 -3, [3 x i8] zeroinitializer, i64 -1, i8 59, i8 -1, i8 31, i8 0, i32 -1007748688, i16 15445, [6 x i8] zeroinitializer }, i8 -9, i8 0, i16 30642, i32 -676053760 }, align 8
@g_1009 = internal global [4 x [5 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }]] [[5 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -908954320, i8 1, i8 1, [2 x i8] zeroinitializer, i32 -1, i8 2, [3 x i8] zeroinitializer, i64 -4465780171505751447, i8 51, i8 -5, i8 31, i8 0, i32 -2, i16 0, [6 x i8] zeroinitializer }, i8 105, i8 0, i16 0, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1784067762, i8 -58, i8 11, [2 x i8] zeroinitializer, i32 0, i8 -10, [3 x i8] zeroinitializer, i64 0, i8 -56, i8 -4, i8 31, i8 0, i32 773711419, i16 1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 0, i32 -1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1619902251, i8 -123, i8 10, [2 x i8] zeroinitializer, i32 -1343676400, i8 1, [3 x i8] zeroinitializer, i64 0, i8 -49, i8 -4, i8 31, i8 0, i32 9, i16 -8, [6 x i8] zeroinitializer }, i8 -99, i8 0, i16 -5473, i32 1240421002 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1784067762, i8 -58, i8 11, [2 x i8] zeroinitializer, i32 0, i8 -10, [3 x i8] zeroinitializer, i64 0, i8 -56, i8 -4, i8 31, i8 0, i32 773711419, i16 1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 0, i32 -1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 4, i8 83, i8 5, [2 x i8] zeroinitializer, i32 -4, i8 0, [3 x i8] zeroinitializer, i64 -1, i8 102, i8 -1, i8 31, i8 0, i32 0, i16 11341, [6 x i8] zeroinitializer }, i8 1, i8 0, i16 1, i32 -1 }], [5 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 355287429, i8 -5, i8 2, [2 x i8] zeroinitializer, i32 1, i8 1, [3 x i8] zeroinitializer, i64 -1, i8 37, i8 4, i8 0, i8 0, i32 -18565616, i16 27902, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 22428, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -6, i8 0, i8 11, [2 x i8] zeroinitializer, i32 -941050299, i8 -8, [3 x i8] zeroinitializer, i64 1, i8 73, i8 5, i8 0, i8 0, i32 0, i16 -16694, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 -9, i32 327422610 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 8, i8 0, i8 6, [2 x i8] zeroinitializer, i32 -1, i8 117, [3 x i8] zeroinitializer, i64 -10, i8 -121, i8 5, i8 0, i8 0, i32 -8, i16 0, [6 x i8] zeroinitializer }, i8 8, i8 0, i16 -30627, i32 2 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -6, i8 0, i8 11, [2 x i8] zeroinitializer, i32 -941050299, i8 -8, [3 x i8] zeroinitializer, i64 1, i8 73, i8 5, i8 0, i8 0, i32 0, i16 -16694, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 -9, i32 327422610 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 355287429, i8 -5, i8 2, [2 x i8] zeroinitializer, i32 1, i8 1, [3 x i8] zeroinitializer, i64 -1, i8 37, i8 4, i8 0, i8 0, i32 -18565616, i16 27902, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 22428, i32 1 }], [5 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 4, i8 83, i8 5, [2 x i8] zeroinitializer, i32 -4, i8 0, [3 x i8] zeroinitializer, i64 -1, i8 102, i8 -1, i8 31, i8 0, i32 0, i16 11341, [6 x i8] zeroinitializer }, i8 1, i8 0, i16 1, i32 -1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1784067762, i8 -58, i8 11, [2 x i8] zeroinitializer, i32 0, i8 -10, [3 x i8] zeroinitializer, i64 0, i8 -56, i8 -4, i8 31, i8 0, i32 773711419, i16 1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 0, i32 -1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1619902251, i8 -123, i8 10, [2 x i8] zeroinitializer, i32 -1343676400, i8 1, [3 x i8] zeroinitializer, i64 0, i8 -49, i8 -4, i8 31, i8 0, i32 9, i16 -8, [6 x i8] zeroinitializer }, i8 -99, i8 0, i16 -5473, i32 1240421002 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1784067762, i8 -58, i8 11, [2 x i8] zeroinitializer, i32 0, i8 -10, [3 x i8] zeroinitializer, i64 0, i8 -56, i8 -4, i8 31, i8 0, i32 773711419, i16 1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 0, i32 -1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 4, i8 83, i8 5, [2 x i8] zeroinitializer, i32 -4, i8 0, [3 x i8] zeroinitializer, i64 -1, i8 102, i8 -1, i8 31, i8 0, i32 0, i16 11341, [6 x i8] zeroinitializer }, i8 1, i8 0, i16 1, i32 -1 }], [5 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 355287429, i8 -5, i8 2, [2 x i8] zeroinitializer, i32 1, i8 1, [3 x i8] zeroinitializer, i64 -1, i8 37, i8 4, i8 0, i8 0, i32 -18565616, i16 27902, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 22428, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -6, i8 0, i8 11, [2 x i8] zeroinitializer, i32 -941050299, i8 -8, [3 x i8] zeroinitializer, i64 1, i8 73, i8 5, i8 0, i8 0, i32 0, i16 -16694, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 -9, i32 327422610 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 8, i8 0, i8 6, [2 x i8] zeroinitializer, i32 -1, i8 117, [3 x i8] zeroinitializer, i64 -10, i8 -121, i8 5, i8 0, i8 0, i32 -8, i16 0, [6 x i8] zeroinitializer }, i8 8, i8 0, i16 -30627, i32 2 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -6, i8 0, i8 11, [2 x i8] zeroinitializer, i32 -941050299, i8 -8, [3 x i8] zeroinitializer, i64 1, i8 73, i8 5, i8 0, i8 0, i32 0, i16 -16694, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 -9, i32 327422610 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 355287429, i8 -5, i8 2, [2 x i8] zeroinitializer, i32 1, i8 1, [3 x i8] zeroinitializer, i64 -1, i8 37, i8 4, i8 0, i8 0, i32 -18565616, i16 27902, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 22428, i32 1 }]], align 16
@g_1024 = internal global { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1008090229, i8 121, i8 9, [2 x i8] zeroinitializer, i32 1560870553, i8 -3, [3 x i8] zeroinitializer, i64 -4981934927268157541, i8 66, i8 2, i8 0, i8 0, i32 -1, i16 -5, [6 x i8] zeroinitializer }, align 8
@g_1192 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -3, i8 -9, i8 4, [2 x i8] zeroinitializer, i32 -1, i8 -6, [3 x i8] zeroinitializer, i64 1, i8 121, i8 1, i8 0, i8 0, i32 3, i16 22926, [6 x i8] zeroinitializer }, i8 73, i8 0, i16 8481, i32 -1 }, align 8
@g_1418 = internal global [10 x [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }]] [[6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 4, [2 x i8] zeroinitializer, i32 -3, i8 78, [3 x i8] zeroinitializer, i64 -6460076880542150559, i8 -41, i8 -5, i8 31, i8 0, i32 5, i16 0, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 0, i32 -1078286666 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 5, i8 -26, i8 2, [2 x i8] zeroinitializer, i32 -2116949538, i8 -92, [3 x i8] zeroinitializer, i64 8700224618544001426, i8 -7, i8 -5, i8 31, i8 0, i32 0, i16 -7, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -27561, i32 -5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 -109, i8 2, [2 x i8] zeroinitializer, i32 1, i8 -27, [3 x i8] zeroinitializer, i64 -5083789061612837161, i8 58, i8 -5, i8 31, i8 0, i32 -1, i16 17224, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 16647, i32 1463656972 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -4, i8 0, i8 2, [2 x i8] zeroinitializer, i32 1, i8 36, [3 x i8] zeroinitializer, i64 1, i8 54, i8 3, i8 0, i8 0, i32 -1, i16 -1, [6 x i8] zeroinitializer }, i8 -73, i8 0, i16 6895, i32 -1273232263 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 -109, i8 2, [2 x i8] zeroinitializer, i32 1, i8 -27, [3 x i8] zeroinitializer, i64 -5083789061612837161, i8 58, i8 -5, i8 31, i8 0, i32 -1, i16 17224, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 16647, i32 1463656972 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1044423345, i8 -4, i8 11, [2 x i8] zeroinitializer, i32 850209904, i8 -111, [3 x i8] zeroinitializer, i64 1468970623351936832, i8 -3, i8 -2, i8 31, i8 0, i32 -1148337448, i16 -3866, [6 x i8] zeroinitializer }, i8 3, i8 0, i16 -13709, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 5, i8 -26, i8 2, [2 x i8] zeroinitializer, i32 -2116949538, i8 -92, [3 x i8] zeroinitializer, i64 8700224618544001426, i8 -7, i8 -5, i8 31, i8 0, i32 0, i16 -7, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -27561, i32 -5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 999048429, i8 -98, i8 2, [2 x i8] zeroinitializer, i32 -1340712757, i8 2, [3 x i8] zeroinitializer, i64 4634284144949541862, i8 104, i8 -4, i8 31, i8 0, i32 4, i16 1, [6 x i8] zeroinitializer }, i8 22, i8 0, i16 1, i32 -7 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 29, i8 9, [2 x i8] zeroinitializer, i32 -464978089, i8 1, [3 x i8] zeroinitializer, i64 1, i8 83, i8 2, i8 0, i8 0, i32 4, i16 -1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -18137, i32 2090518564 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 4, [2 x i8] zeroinitializer, i32 -3, i8 78, [3 x i8] zeroinitializer, i64 -6460076880542150559, i8 -41, i8 -5, i8 31, i8 0, i32 5, i16 0, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 0, i32 -1078286666 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -192926552, i8 -40, i8 13, [2 x i8] zeroinitializer, i32 190221515, i8 3, [3 x i8] zeroinitializer, i64 -1404265606013320466, i8 -62, i8 -4, i8 31, i8 0, i32 0, i16 7587, [6 x i8] zeroinitializer }, i8 40, i8 0, i16 -22154, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -192926552, i8 -40, i8 13, [2 x i8] zeroinitializer, i32 190221515, i8 3, [3 x i8] zeroinitializer, i64 -1404265606013320466, i8 -62, i8 -4, i8 31, i8 0, i32 0, i16 7587, [6 x i8] zeroinitializer }, i8 40, i8 0, i16 -22154, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 4, [2 x i8] zeroinitializer, i32 -3, i8 78, [3 x i8] zeroinitializer, i64 -6460076880542150559, i8 -41, i8 -5, i8 31, i8 0, i32 5, i16 0, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 0, i32 -1078286666 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 29, i8 9, [2 x i8] zeroinitializer, i32 -464978089, i8 1, [3 x i8] zeroinitializer, i64 1, i8 83, i8 2, i8 0, i8 0, i32 4, i16 -1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -18137, i32 2090518564 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 999048429, i8 -98, i8 2, [2 x i8] zeroinitializer, i32 -1340712757, i8 2, [3 x i8] zeroinitializer, i64 4634284144949541862, i8 104, i8 -4, i8 31, i8 0, i32 4, i16 1, [6 x i8] zeroinitializer }, i8 22, i8 0, i16 1, i32 -7 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 5, i8 -26, i8 2, [2 x i8] zeroinitializer, i32 -2116949538, i8 -92, [3 x i8] zeroinitializer, i64 8700224618544001426, i8 -7, i8 -5, i8 31, i8 0, i32 0, i16 -7, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -27561, i32 -5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1044423345, i8 -4, i8 11, [2 x i8] zeroinitializer, i32 850209904, i8 -111, [3 x i8] zeroinitializer, i64 1468970623351936832, i8 -3, i8 -2, i8 31, i8 0, i32 -1148337448, i16 -3866, [6 x i8] zeroinitializer }, i8 3, i8 0, i16 -13709, i32 1 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 -109, i8 2, [2 x i8] zeroinitializer, i32 1, i8 -27, [3 x i8] zeroinitializer, i64 -5083789061612837161, i8 58, i8 -5, i8 31, i8 0, i32 -1, i16 17224, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 16647, i32 1463656972 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -4, i8 0, i8 2, [2 x i8] zeroinitializer, i32 1, i8 36, [3 x i8] zeroinitializer, i64 1, i8 54, i8 3, i8 0, i8 0, i32 -1, i16 -1, [6 x i8] zeroinitializer }, i8 -73, i8 0, i16 6895, i32 -1273232263 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 -109, i8 2, [2 x i8] zeroinitializer, i32 1, i8 -27, [3 x i8] zeroinitializer, i64 -5083789061612837161, i8 58, i8 -5, i8 31, i8 0, i32 -1, i16 17224, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 16647, i32 1463656972 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 5, i8 -26, i8 2, [2 x i8] zeroinitializer, i32 -2116949538, i8 -92, [3 x i8] zeroinitializer, i64 8700224618544001426, i8 -7, i8 -5, i8 31, i8 0, i32 0, i16 -7, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -27561, i32 -5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 4, [2 x i8] zeroinitializer, i32 -3, i8 78, [3 x i8] zeroinitializer, i64 -6460076880542150559, i8 -41, i8 -5, i8 31, i8 0, i32 5, i16 0, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 0, i32 -1078286666 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 29, i8 9, [2 x i8] zeroinitializer, i32 -464978089, i8 1, [3 x i8] zeroinitializer, i64 1, i8 83, i8 2, i8 0, i8 0, i32 4, i16 -1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 -18137, i32 2090518564 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 999048429, i8 -98, i8 2, [2 x i8] zeroinitializer, i32 -1340712757, i8 2, [3 x i8] zeroinitializer, i64 4634284144949541862, i8 104, i8 -4, i8 31, i8 0, i32 4, i16 1, [6 x i8] zeroinitializer }, i8 22, i8 0, i16 1, i32 -7 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -4, i8 0, i8 2, [2 x i8] zeroinitializer, i32 1, i8 36, [3 x i8] zeroinitializer, i64 1, i8 54, i8 3, i8 0, i8 0, i32 -1, i16 -1, [6 x i8] zeroinitializer }, i8 -73, i8 0, i16 6895, i32 -1273232263 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -192926552, i8 -40, i8 13, [2 x i8] zeroinitializer, i32 190221515, i8 3, [3 x i8] zeroinitializer, i64 -1404265606013320466, i8 -62, i8 -4, i8 31, i8 0, i32 0, i16 7587, [6 x i8] zeroinitializer }, i8 40, i8 0, i16 -22154, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -4, i8 0, i8 2, [2 x i8] zeroinitializer, i32 1, i8 36, [3 x i8] zeroinitializer, i64 1, i8 54, i8 3, i8 0, i8 0, i32 -1, i16 -1, [6 x i8] zeroinitializer }, i8 -73, i8 0, i16 6895, i32 -1273232263 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 999048429, i8 -98, i8 2, [2 x i8] zeroinitializer, i32 -1340712757, i8 2, [3 x i8] zeroinitializer, i64 4634284144949541862, i8 104, i8 -4, i8 31, i8 0, i32 4, i16 1, [6 x i8] zeroinitializer }, i8 22, i8 0, i16 1, i32 -7 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 4, [2 x i8] zeroinitializer, i32 -3, i8 78, [3 x i8] zeroinitializer, i64 -6460076880542150559, i8 -41, i8 -5, i8 31, i8 0, i32 5, i16 0, [6 x i8] zeroinitializer }, i8 2, i8 0, i16 0, i32 -1078286666 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 999048429, i8 -98, i8 2, [2 x i8] zeroinitializer, i32 -1340712757, i8 2, [3 x i8] zeroinitializer, i64 4634284144949541862, i8 104, i8 -4, i8 31, i8 0, i32 4, i16 1, [6 x i8] zeroinitializer }, i8 22, i8 0, i16 1, i32 -7 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1044423345, i8 -4, i8 11, [2 x i8] zeroinitializer, i32 850209904, i8 -111, [3 x i8] zeroinitializer, i64 1468970623351936832, i8 -3, i8 -2, i8 31, i8 0, i32 -1148337448, i16 -3866, [6 x i8] zeroinitializer }, i8 3, i8 0, i16 -13709, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 2, i8 84, i8 14, [2 x i8] zeroinitializer, i32 4, i8 74, [3 x i8] zeroinitializer, i64 -8893560769437214420, i8 109, i8 3, i8 0, i8 0, i32 -265403695, i16 -32502, [6 x i8] zeroinitializer }, i8 23, i8 0, i16 -26505, i32 -1360820061 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1817669417, i8 1, i8 15, [2 x i8] zeroinitializer, i32 -137581064, i8 -54, [3 x i8] zeroinitializer, i64 -2759107578184265676, i8 90, i8 -1, i8 31, i8 0, i32 -9, i16 -15795, [6 x i8] zeroinitializer }, i8 -59, i8 0, i16 -1, i32 454640348 }], [6 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1, i8 8, i8 7, [2 x i8] zeroinitializer, i32 -3, i8 8, [3 x i8] zeroinitializer, i64 -1, i8 -83, i8 -2, i8 31, i8 0, i32 322040554, i16 -31256, [6 x i8] zeroinitializer }, i8 -114, i8 0, i16 17261, i32 -701228071 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1044423345, i8 -4, i8 11, [2 x i8] zeroinitializer, i32 850209904, i8 -111, [3 x i8] zeroinitializer, i64 1468970623351936832, i8 -3, i8 -2, i8 31, i8 0, i32 -1148337448, i16 -3866, [6 x i8] zeroinitializer }, i8 3, i8 0, i16 -13709, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -4, i8 0, i8 2, [2 x i8] zeroinitializer, i32 1, i8 36, [3 x i8] zeroinitializer, i64 1, i8 54, i8 3, i8 0, i8 0, i32 -1, i16 -1, [6 x i8] zeroinitializer }, i8 -73, i8 0, i16 6895, i32 -1273232263 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -753589591, i8 51, i8 7, [2 x i8] zeroinitializer, i32 0, i8 0, [3 x i8] zeroinitializer, i64 3233200880993178570, i8 -36, i8 -5, i8 31, i8 0, i32 1823198695, i16 24657, [6 x i8] zeroinitializer }, i8 -103, i8 0, i16 19911, i32 6 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -7, i8 74, i8 12, [2 x i8] zeroinitializer, i32 1243375437, i8 -2, [3 x i8] zeroinitializer, i64 -2, i8 -104, i8 -5, i8 31, i8 0, i32 437393129, i16 -5, [6 x i8] zeroinitializer }, i8 -125, i8 0, i16 -4, i32 120599256 }]], align 16
@g_1452 = internal global [2 x [7 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }]] [[7 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 12, [2 x i8] zeroinitializer, i32 -5, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -4, i8 3, i8 0, i8 0, i32 1048374550, i16 1113, [6 x i8] zeroinitializer }, i8 -79, i8 0, i16 21293, i32 1889876412 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 7, i8 -1, i8 12, [2 x i8] zeroinitializer, i32 0, i8 -24, [3 x i8] zeroinitializer, i64 4418089048329208470, i8 -24, i8 4, i8 0, i8 0, i32 -2128147287, i16 -1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 18109, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 12, [2 x i8] zeroinitializer, i32 -5, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -4, i8 3, i8 0, i8 0, i32 1048374550, i16 1113, [6 x i8] zeroinitializer }, i8 -79, i8 0, i16 21293, i32 1889876412 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 7, i8 -1, i8 12, [2 x i8] zeroinitializer, i32 0, i8 -24, [3 x i8] zeroinitializer, i64 4418089048329208470, i8 -24, i8 4, i8 0, i8 0, i32 -2128147287, i16 -1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 18109, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 12, [2 x i8] zeroinitializer, i32 -5, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -4, i8 3, i8 0, i8 0, i32 1048374550, i16 1113, [6 x i8] zeroinitializer }, i8 -79, i8 0, i16 21293, i32 1889876412 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 7, i8 -1, i8 12, [2 x i8] zeroinitializer, i32 0, i8 -24, [3 x i8] zeroinitializer, i64 4418089048329208470, i8 -24, i8 4, i8 0, i8 0, i32 -2128147287, i16 -1, [6 x i8] zeroinitializer }, i8 0, i8 0, i16 18109, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 0, i8 1, i8 12, [2 x i8] zeroinitializer, i32 -5, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -4, i8 3, i8 0, i8 0, i32 1048374550, i16 1113, [6 x i8] zeroinitializer }, i8 -79, i8 0, i16 21293, i32 1889876412 }], [7 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1382462467, i8 -7, i8 8, [2 x i8] zeroinitializer, i32 248188652, i8 13, [3 x i8] zeroinitializer, i64 3, i8 -32, i8 -6, i8 31, i8 0, i32 -158812380, i16 -20938, [6 x i8] zeroinitializer }, i8 -45, i8 0, i16 -1, i32 5 }]], align 16
@g_1465 = internal constant [2 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1480311052, i8 4, i8 9, [2 x i8] zeroinitializer, i32 0, i8 37, [3 x i8] zeroinitializer, i64 2, i8 81, i8 -3, i8 31, i8 0, i32 -1937302975, i16 -8, [6 x i8] zeroinitializer }, i8 -34, i8 0, i16 851, i32 1 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1480311052, i8 4, i8 9, [2 x i8] zeroinitializer, i32 0, i8 37, [3 x i8] zeroinitializer, i64 2, i8 81, i8 -3, i8 31, i8 0, i32 -1937302975, i16 -8, [6 x i8] zeroinitializer }, i8 -34, i8 0, i16 851, i32 1 }], align 16
@g_1500 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -82063423, i8 59, i8 6, [2 x i8] zeroinitializer, i32 -7, i8 1, [3 x i8] zeroinitializer, i64 5583234153797844063, i8 10, i8 -5, i8 31, i8 0, i32 -5, i16 -1, [6 x i8] zeroinitializer }, i8 37, i8 0, i16 2, i32 -4 }, align 8
@g_1504 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1294521678, i8 115, i8 11, [2 x i8] zeroinitializer, i32 1824245849, i8 -8, [3 x i8] zeroinitializer, i64 -1125406318973791998, i8 -59, i8 -1, i8 31, i8 0, i32 0, i16 12277, [6 x i8] zeroinitializer }, i8 -91, i8 0, i16 -30706, i32 1197495802 }, align 8
@g_1505 = internal global { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -1935055571, i8 101, i8 15, [2 x i8] zeroinitializer, i32 1, i8 1, [3 x i8] zeroinitializer, i64 -5, i8 -1, i8 3, i8 0, i8 0, i32 -1, i16 -5805, [6 x i8] zeroinitializer }, i8 -5, i8 0, i16 -1, i32 1931539955 }, align 8
@g_1527 = internal constant { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1208687124, i8 9, i8 2, [2 x i8] zeroinitializer, i32 -1, i8 -69, [3 x i8] zeroinitializer, i64 8, i8 3, i8 4, i8 0, i8 0, i32 1423165857, i16 0, [6 x i8] zeroinitializer }, i8 45, i8 0, i16 28001, i32 -1 }, align 8
@g_1533 = internal global [6 x { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }] [{ i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -2, i8 -1, i8 1, [2 x i8] zeroinitializer, i32 5, i8 40, [3 x i8] zeroinitializer, i64 3540677683400539867, i8 79, i8 2, i8 0, i8 0, i32 5, i16 -3, [6 x i8] zeroinitializer }, { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -789133887, i8 -82, i8 0, [2 x i8] zeroinitializer, i32 -1884180927, i8 -101, [3 x i8] zeroinitializer, i64 8, i8 -40, i8 1, i8 0, i8 0, i32 -1, i16 29833, [6 x i8] zeroinitializer }, { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -2, i8 -1, i8 1, [2 x i8] zeroinitializer, i32 5, i8 40, [3 x i8] zeroinitializer, i64 3540677683400539867, i8 79, i8 2, i8 0, i8 0, i32 5, i16 -3, [6 x i8] zeroinitializer }, { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -2, i8 -1, i8 1, [2 x i8] zeroinitializer, i32 5, i8 40, [3 x i8] zeroinitializer, i64 3540677683400539867, i8 79, i8 2, i8 0, i8 0, i32 5, i16 -3, [6 x i8] zeroinitializer }, { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -789133887, i8 -82, i8 0, [2 x i8] zeroinitializer, i32 -1884180927, i8 -101, [3 x i8] zeroinitializer, i64 8, i8 -40, i8 1, i8 0, i8 0, i32 -1, i16 29833, [6 x i8] zeroinitializer }, { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 -2, i8 -1, i8 1, [2 x i8] zeroinitializer, i32 5, i8 40, [3 x i8] zeroinitializer, i64 3540677683400539867, i8 79, i8 2, i8 0, i8 0, i32 5, i16 -3, [6 x i8] zeroinitializer }], align 16
@g_1588 = internal global [4 x { i8, i8, i8, i8, i8, i8, i8, i8 }] [{ i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -21, i8 -3, i8 127, i8 -43, i8 127, i8 114, i8 0, i8 -16 }, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -21, i8 -3, i8 127, i8 -43, i8 127, i8 114, i8 0, i8 -16 }, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -21, i8 -3, i8 127, i8 -43, i8 127, i8 114, i8 0, i8 -16 }, { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -21, i8 -3, i8 127, i8 -43, i8 127, i8 114, i8 0, i8 -16 }], align 16
@g_1600 = internal global [4 x { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 }] [{ { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 -67, i8 6, [2 x i8] zeroinitializer, i32 650711255, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -103, i8 -1, i8 31, i8 0, i32 -1900311175, i16 2, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 25281, i32 -553399025 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 -67, i8 6, [2 x i8] zeroinitializer, i32 650711255, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -103, i8 -1, i8 31, i8 0, i32 -1900311175, i16 2, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 25281, i32 -553399025 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 -67, i8 6, [2 x i8] zeroinitializer, i32 650711255, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -103, i8 -1, i8 31, i8 0, i32 -1900311175, i16 2, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 25281, i32 -553399025 }, { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] }, i8, i8, i16, i32 } { { i32, i8, i8, [2 x i8], i32, i8, [3 x i8], i64, i8, i8, i8, i8, i32, i16, [6 x i8] } { i32 1, i8 -67, i8 6, [2 x i8] zeroinitializer, i32 650711255, i8 0, [3 x i8] zeroinitializer, i64 0, i8 -103, i8 -1, i8 31, i8 0, i32 -1900311175, i16 2, [6 x i8] zeroinitializer }, i8 -1, i8 0, i16 25281, i32 -553399025 }], align 16
@g_1633 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -96, i8 -3, i8 -65, i8 -22, i8 127, i8 -26, i8 0, i8 10 }, align 1
@g_1645 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 119, i8 2, i8 48, i8 22, i8 0, i8 116, i8 0, i8 2 }, align 1
@.str.392 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.S2, align 1
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %9, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, 2
  br i1 %12, label %13, label %20

13:
  %14 = load ptr, ptr %5, align 8
  %15 = getelementptr inbounds ptr, ptr %14, i64 1
  %16 = load ptr, ptr %15, align 8
  %17 = call i32 @strcmp(ptr noundef %16, ptr noundef @.str) #5
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %20

19:
  store i32 1, ptr %9, align 4
  br label %20

20:
  call void @platform_main_begin()
  call void @crc32_gentab()
  %21 = call i64 @func_1()
  %22 = getelementptr inbounds nuw %struct.S2, ptr %10, i32 0, i32 0
  store i64 %21, ptr %22, align 1
  %23 = load volatile i16, ptr @g_2, align 2
  %24 = sext i16 %23 to i64
  %25 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %24, ptr noundef @.str.1, i32 noundef %25)
  %26 = load i64, ptr @g_3, align 1
  %27 = shl i64 %26, 44
  %28 = ashr i64 %27, 44
  %29 = trunc i64 %28 to i32
  %30 = sext i32 %29 to i64
  %31 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %30, ptr noundef @.str.2, i32 noundef %31)
  %32 = load i64, ptr @g_3, align 1
  %33 = shl i64 %32, 25
  %34 = ashr i64 %33, 45
  %35 = trunc i64 %34 to i32
  %36 = sext i32 %35 to i64
  %37 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %36, ptr noundef @.str.3, i32 noundef %37)
  %38 = load volatile i64, ptr @g_3, align 1
  %39 = lshr i64 %38, 39
  %40 = and i64 %39, 262143
  %41 = trunc i64 %40 to i32
  %42 = zext i32 %41 to i64
  %43 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %42, ptr noundef @.str.4, i32 noundef %43)
  %44 = load i64, ptr @g_3, align 1
  %45 = ashr i64 %44, 57
  %46 = trunc i64 %45 to i32
  %47 = sext i32 %46 to i64
  %48 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %47, ptr noundef @.str.5, i32 noundef %48)
  %49 = load i32, ptr @g_26, align 4
  %50 = sext i32 %49 to i64
  %51 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %50, ptr noundef @.str.6, i32 noundef %51)
  %52 = load i32, ptr @g_28, align 4
  %53 = sext i32 %52 to i64
  %54 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %53, ptr noundef @.str.7, i32 noundef %54)
  %55 = load i64, ptr @g_40, align 8
  %56 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %55, ptr noundef @.str.8, i32 noundef %56)
  %57 = load i16, ptr @g_43, align 2
  %58 = zext i16 %57 to i64
  %59 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %58, ptr noundef @.str.9, i32 noundef %59)
  %60 = load i16, ptr @g_47, align 2
  %61 = zext i16 %60 to i64
  %62 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %61, ptr noundef @.str.10, i32 noundef %62)
  %63 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.11, i32 noundef %63)
  %64 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.12, i32 noundef %64)
  %65 = load i64, ptr @g_109, align 8
  %66 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %65, ptr noundef @.str.13, i32 noundef %66)
  %67 = load i16, ptr @g_111, align 2
  %68 = sext i16 %67 to i64
  %69 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %68, ptr noundef @.str.14, i32 noundef %69)
  %70 = load i16, ptr @g_113, align 2
  %71 = sext i16 %70 to i64
  %72 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %71, ptr noundef @.str.15, i32 noundef %72)
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.16, i32 noundef %73)
  %74 = load i32, ptr @g_137, align 4
  %75 = sext i32 %74 to i64
  %76 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %75, ptr noundef @.str.17, i32 noundef %76)
  %77 = load i32, ptr @g_139, align 4
  %78 = sext i32 %77 to i64
  %79 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %78, ptr noundef @.str.18, i32 noundef %79)
  store i32 0, ptr %6, align 4
  br label %80

80:
  %81 = load i32, ptr %6, align 4
  %82 = icmp slt i32 %81, 6
  br i1 %82, label %83, label %188

83:
  %84 = load i32, ptr %6, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %85
  %87 = getelementptr inbounds nuw %struct.S3, ptr %86, i32 0, i32 0
  %88 = getelementptr inbounds nuw %struct.S0, ptr %87, i32 0, i32 0
  %89 = load volatile i32, ptr %88, align 16
  %90 = zext i32 %89 to i64
  %91 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %90, ptr noundef @.str.19, i32 noundef %91)
  %92 = load i32, ptr %6, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %93
  %95 = getelementptr inbounds nuw %struct.S3, ptr %94, i32 0, i32 0
  %96 = getelementptr inbounds nuw %struct.S0, ptr %95, i32 0, i32 1
  %97 = load volatile i8, ptr %96, align 4
  %98 = sext i8 %97 to i64
  %99 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %98, ptr noundef @.str.20, i32 noundef %99)
  %100 = load i32, ptr %6, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %101
  %103 = getelementptr inbounds nuw %struct.S3, ptr %102, i32 0, i32 0
  %104 = getelementptr inbounds nuw %struct.S0, ptr %103, i32 0, i32 2
  %105 = load volatile i8, ptr %104, align 1
  %106 = zext i8 %105 to i32
  %107 = zext i32 %106 to i64
  %108 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %107, ptr noundef @.str.21, i32 noundef %108)
  %109 = load i32, ptr %6, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %110
  %112 = getelementptr inbounds nuw %struct.S3, ptr %111, i32 0, i32 0
  %113 = getelementptr inbounds nuw %struct.S0, ptr %112, i32 0, i32 3
  %114 = load volatile i32, ptr %113, align 8
  %115 = zext i32 %114 to i64
  %116 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %115, ptr noundef @.str.22, i32 noundef %116)
  %117 = load i32, ptr %6, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %118
  %120 = getelementptr inbounds nuw %struct.S3, ptr %119, i32 0, i32 0
  %121 = getelementptr inbounds nuw %struct.S0, ptr %120, i32 0, i32 4
  %122 = load volatile i8, ptr %121, align 4
  %123 = sext i8 %122 to i64
  %124 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %123, ptr noundef @.str.23, i32 noundef %124)
  %125 = load i32, ptr %6, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %126
  %128 = getelementptr inbounds nuw %struct.S3, ptr %127, i32 0, i32 0
  %129 = getelementptr inbounds nuw %struct.S0, ptr %128, i32 0, i32 5
  %130 = load volatile i64, ptr %129, align 16
  %131 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %130, ptr noundef @.str.24, i32 noundef %131)
  %132 = load i32, ptr %6, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %133
  %135 = getelementptr inbounds nuw %struct.S3, ptr %134, i32 0, i32 0
  %136 = getelementptr inbounds nuw %struct.S0, ptr %135, i32 0, i32 6
  %137 = load volatile i32, ptr %136, align 8
  %138 = shl i32 %137, 11
  %139 = ashr i32 %138, 11
  %140 = sext i32 %139 to i64
  %141 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %140, ptr noundef @.str.25, i32 noundef %141)
  %142 = load i32, ptr %6, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %143
  %145 = getelementptr inbounds nuw %struct.S3, ptr %144, i32 0, i32 0
  %146 = getelementptr inbounds nuw %struct.S0, ptr %145, i32 0, i32 7
  %147 = load volatile i32, ptr %146, align 4
  %148 = zext i32 %147 to i64
  %149 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %148, ptr noundef @.str.26, i32 noundef %149)
  %150 = load i32, ptr %6, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %151
  %153 = getelementptr inbounds nuw %struct.S3, ptr %152, i32 0, i32 0
  %154 = getelementptr inbounds nuw %struct.S0, ptr %153, i32 0, i32 8
  %155 = load volatile i16, ptr %154, align 16
  %156 = sext i16 %155 to i64
  %157 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.27, i32 noundef %157)
  %158 = load i32, ptr %6, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %159
  %161 = getelementptr inbounds nuw %struct.S3, ptr %160, i32 0, i32 1
  %162 = load volatile i8, ptr %161, align 8
  %163 = zext i8 %162 to i64
  %164 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %163, ptr noundef @.str.28, i32 noundef %164)
  %165 = load i32, ptr %6, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %166
  %168 = getelementptr inbounds nuw %struct.S3, ptr %167, i32 0, i32 2
  %169 = load volatile i16, ptr %168, align 2
  %170 = zext i16 %169 to i64
  %171 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %170, ptr noundef @.str.29, i32 noundef %171)
  %172 = load i32, ptr %6, align 4
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [6 x %struct.S3], ptr @g_177, i64 0, i64 %173
  %175 = getelementptr inbounds nuw %struct.S3, ptr %174, i32 0, i32 3
  %176 = load volatile i32, ptr %175, align 4
  %177 = sext i32 %176 to i64
  %178 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %177, ptr noundef @.str.30, i32 noundef %178)
  %179 = load i32, ptr %9, align 4
  %180 = icmp ne i32 %179, 0
  br i1 %180, label %181, label %184

181:
  %182 = load i32, ptr %6, align 4
  %183 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %182)
  br label %184

184:
  br label %185

185:
  %186 = load i32, ptr %6, align 4
  %187 = add nsw i32 %186, 1
  store i32 %187, ptr %6, align 4
  br label %80, !llvm.loop !6

188:
  %189 = load volatile i32, ptr @g_186, align 1
  %190 = sext i32 %189 to i64
  %191 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %190, ptr noundef @.str.32, i32 noundef %191)
  %192 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S1, ptr @g_186, i32 0, i32 1), align 1
  %193 = shl i32 %192, 20
  %194 = ashr i32 %193, 20
  %195 = sext i32 %194 to i64
  %196 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %195, ptr noundef @.str.33, i32 noundef %196)
  %197 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S1, ptr @g_186, i32 0, i32 1), align 1
  %198 = shl i32 %197, 13
  %199 = ashr i32 %198, 25
  %200 = sext i32 %199 to i64
  %201 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %200, ptr noundef @.str.34, i32 noundef %201)
  %202 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S1, ptr @g_186, i32 0, i32 1), align 1
  %203 = lshr i32 %202, 19
  %204 = and i32 %203, 4095
  %205 = zext i32 %204 to i64
  %206 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %205, ptr noundef @.str.35, i32 noundef %206)
  %207 = load volatile i64, ptr @g_191, align 1
  %208 = shl i64 %207, 44
  %209 = ashr i64 %208, 44
  %210 = trunc i64 %209 to i32
  %211 = sext i32 %210 to i64
  %212 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %211, ptr noundef @.str.36, i32 noundef %212)
  %213 = load volatile i64, ptr @g_191, align 1
  %214 = shl i64 %213, 25
  %215 = ashr i64 %214, 45
  %216 = trunc i64 %215 to i32
  %217 = sext i32 %216 to i64
  %218 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %217, ptr noundef @.str.37, i32 noundef %218)
  %219 = load volatile i64, ptr @g_191, align 1
  %220 = lshr i64 %219, 39
  %221 = and i64 %220, 262143
  %222 = trunc i64 %221 to i32
  %223 = zext i32 %222 to i64
  %224 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %223, ptr noundef @.str.38, i32 noundef %224)
  %225 = load volatile i64, ptr @g_191, align 1
  %226 = ashr i64 %225, 57
  %227 = trunc i64 %226 to i32
  %228 = sext i32 %227 to i64
  %229 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %228, ptr noundef @.str.39, i32 noundef %229)
  %230 = load i8, ptr @g_207, align 1
  %231 = sext i8 %230 to i64
  %232 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %231, ptr noundef @.str.40, i32 noundef %232)
  %233 = load i8, ptr @g_255, align 1
  %234 = zext i8 %233 to i64
  %235 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %234, ptr noundef @.str.41, i32 noundef %235)
  %236 = load i64, ptr @g_258, align 8
  %237 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %236, ptr noundef @.str.42, i32 noundef %237)
  %238 = load i32, ptr @g_270, align 4
  %239 = sext i32 %238 to i64
  %240 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %239, ptr noundef @.str.43, i32 noundef %240)
  %241 = load volatile i32, ptr @g_285, align 8
  %242 = zext i32 %241 to i64
  %243 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %242, ptr noundef @.str.44, i32 noundef %243)
  %244 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 1), align 4
  %245 = sext i8 %244 to i64
  %246 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %245, ptr noundef @.str.45, i32 noundef %246)
  %247 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 2), align 1
  %248 = zext i8 %247 to i32
  %249 = zext i32 %248 to i64
  %250 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %249, ptr noundef @.str.46, i32 noundef %250)
  %251 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 3), align 8
  %252 = zext i32 %251 to i64
  %253 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %252, ptr noundef @.str.47, i32 noundef %253)
  %254 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 4), align 4
  %255 = sext i8 %254 to i64
  %256 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %255, ptr noundef @.str.48, i32 noundef %256)
  %257 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 5), align 8
  %258 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %257, ptr noundef @.str.49, i32 noundef %258)
  %259 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 6), align 8
  %260 = shl i32 %259, 11
  %261 = ashr i32 %260, 11
  %262 = sext i32 %261 to i64
  %263 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %262, ptr noundef @.str.50, i32 noundef %263)
  %264 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 7), align 4
  %265 = zext i32 %264 to i64
  %266 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %265, ptr noundef @.str.51, i32 noundef %266)
  %267 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 8), align 8
  %268 = sext i16 %267 to i64
  %269 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %268, ptr noundef @.str.52, i32 noundef %269)
  store i32 0, ptr %6, align 4
  br label %270

270:
  %271 = load i32, ptr %6, align 4
  %272 = icmp slt i32 %271, 10
  br i1 %272, label %273, label %288

273:
  %274 = load i32, ptr %6, align 4
  %275 = sext i32 %274 to i64
  %276 = getelementptr inbounds [10 x i64], ptr @g_311, i64 0, i64 %275
  %277 = load i64, ptr %276, align 8
  %278 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.53, i32 noundef %278)
  %279 = load i32, ptr %9, align 4
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %281, label %284

281:
  %282 = load i32, ptr %6, align 4
  %283 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %282)
  br label %284

284:
  br label %285

285:
  %286 = load i32, ptr %6, align 4
  %287 = add nsw i32 %286, 1
  store i32 %287, ptr %6, align 4
  br label %270, !llvm.loop !8

288:
  %289 = load i16, ptr @g_318, align 2
  %290 = zext i16 %289 to i64
  %291 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %290, ptr noundef @.str.54, i32 noundef %291)
  store i32 0, ptr %6, align 4
  br label %292

292:
  %293 = load i32, ptr %6, align 4
  %294 = icmp slt i32 %293, 5
  br i1 %294, label %295, label %400

295:
  %296 = load i32, ptr %6, align 4
  %297 = sext i32 %296 to i64
  %298 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %297
  %299 = getelementptr inbounds nuw %struct.S3, ptr %298, i32 0, i32 0
  %300 = getelementptr inbounds nuw %struct.S0, ptr %299, i32 0, i32 0
  %301 = load volatile i32, ptr %300, align 16
  %302 = zext i32 %301 to i64
  %303 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %302, ptr noundef @.str.55, i32 noundef %303)
  %304 = load i32, ptr %6, align 4
  %305 = sext i32 %304 to i64
  %306 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %305
  %307 = getelementptr inbounds nuw %struct.S3, ptr %306, i32 0, i32 0
  %308 = getelementptr inbounds nuw %struct.S0, ptr %307, i32 0, i32 1
  %309 = load volatile i8, ptr %308, align 4
  %310 = sext i8 %309 to i64
  %311 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %310, ptr noundef @.str.56, i32 noundef %311)
  %312 = load i32, ptr %6, align 4
  %313 = sext i32 %312 to i64
  %314 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %313
  %315 = getelementptr inbounds nuw %struct.S3, ptr %314, i32 0, i32 0
  %316 = getelementptr inbounds nuw %struct.S0, ptr %315, i32 0, i32 2
  %317 = load i8, ptr %316, align 1
  %318 = zext i8 %317 to i32
  %319 = zext i32 %318 to i64
  %320 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %319, ptr noundef @.str.57, i32 noundef %320)
  %321 = load i32, ptr %6, align 4
  %322 = sext i32 %321 to i64
  %323 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %322
  %324 = getelementptr inbounds nuw %struct.S3, ptr %323, i32 0, i32 0
  %325 = getelementptr inbounds nuw %struct.S0, ptr %324, i32 0, i32 3
  %326 = load i32, ptr %325, align 8
  %327 = zext i32 %326 to i64
  %328 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %327, ptr noundef @.str.58, i32 noundef %328)
  %329 = load i32, ptr %6, align 4
  %330 = sext i32 %329 to i64
  %331 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %330
  %332 = getelementptr inbounds nuw %struct.S3, ptr %331, i32 0, i32 0
  %333 = getelementptr inbounds nuw %struct.S0, ptr %332, i32 0, i32 4
  %334 = load i8, ptr %333, align 4
  %335 = sext i8 %334 to i64
  %336 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %335, ptr noundef @.str.59, i32 noundef %336)
  %337 = load i32, ptr %6, align 4
  %338 = sext i32 %337 to i64
  %339 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %338
  %340 = getelementptr inbounds nuw %struct.S3, ptr %339, i32 0, i32 0
  %341 = getelementptr inbounds nuw %struct.S0, ptr %340, i32 0, i32 5
  %342 = load i64, ptr %341, align 16
  %343 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %342, ptr noundef @.str.60, i32 noundef %343)
  %344 = load i32, ptr %6, align 4
  %345 = sext i32 %344 to i64
  %346 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %345
  %347 = getelementptr inbounds nuw %struct.S3, ptr %346, i32 0, i32 0
  %348 = getelementptr inbounds nuw %struct.S0, ptr %347, i32 0, i32 6
  %349 = load i32, ptr %348, align 8
  %350 = shl i32 %349, 11
  %351 = ashr i32 %350, 11
  %352 = sext i32 %351 to i64
  %353 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %352, ptr noundef @.str.61, i32 noundef %353)
  %354 = load i32, ptr %6, align 4
  %355 = sext i32 %354 to i64
  %356 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %355
  %357 = getelementptr inbounds nuw %struct.S3, ptr %356, i32 0, i32 0
  %358 = getelementptr inbounds nuw %struct.S0, ptr %357, i32 0, i32 7
  %359 = load volatile i32, ptr %358, align 4
  %360 = zext i32 %359 to i64
  %361 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %360, ptr noundef @.str.62, i32 noundef %361)
  %362 = load i32, ptr %6, align 4
  %363 = sext i32 %362 to i64
  %364 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %363
  %365 = getelementptr inbounds nuw %struct.S3, ptr %364, i32 0, i32 0
  %366 = getelementptr inbounds nuw %struct.S0, ptr %365, i32 0, i32 8
  %367 = load i16, ptr %366, align 16
  %368 = sext i16 %367 to i64
  %369 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %368, ptr noundef @.str.63, i32 noundef %369)
  %370 = load i32, ptr %6, align 4
  %371 = sext i32 %370 to i64
  %372 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %371
  %373 = getelementptr inbounds nuw %struct.S3, ptr %372, i32 0, i32 1
  %374 = load i8, ptr %373, align 8
  %375 = zext i8 %374 to i64
  %376 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %375, ptr noundef @.str.64, i32 noundef %376)
  %377 = load i32, ptr %6, align 4
  %378 = sext i32 %377 to i64
  %379 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %378
  %380 = getelementptr inbounds nuw %struct.S3, ptr %379, i32 0, i32 2
  %381 = load i16, ptr %380, align 2
  %382 = zext i16 %381 to i64
  %383 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %382, ptr noundef @.str.65, i32 noundef %383)
  %384 = load i32, ptr %6, align 4
  %385 = sext i32 %384 to i64
  %386 = getelementptr inbounds [5 x %struct.S3], ptr @g_358, i64 0, i64 %385
  %387 = getelementptr inbounds nuw %struct.S3, ptr %386, i32 0, i32 3
  %388 = load volatile i32, ptr %387, align 4
  %389 = sext i32 %388 to i64
  %390 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %389, ptr noundef @.str.66, i32 noundef %390)
  %391 = load i32, ptr %9, align 4
  %392 = icmp ne i32 %391, 0
  br i1 %392, label %393, label %396

393:
  %394 = load i32, ptr %6, align 4
  %395 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %394)
  br label %396

396:
  br label %397

397:
  %398 = load i32, ptr %6, align 4
  %399 = add nsw i32 %398, 1
  store i32 %399, ptr %6, align 4
  br label %292, !llvm.loop !9

400:
  %401 = load volatile i32, ptr @g_383, align 8
  %402 = zext i32 %401 to i64
  %403 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %402, ptr noundef @.str.67, i32 noundef %403)
  %404 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 1), align 4
  %405 = sext i8 %404 to i64
  %406 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %405, ptr noundef @.str.68, i32 noundef %406)
  %407 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 2), align 1
  %408 = zext i8 %407 to i32
  %409 = zext i32 %408 to i64
  %410 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %409, ptr noundef @.str.69, i32 noundef %410)
  %411 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 3), align 8
  %412 = zext i32 %411 to i64
  %413 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %412, ptr noundef @.str.70, i32 noundef %413)
  %414 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 4), align 4
  %415 = sext i8 %414 to i64
  %416 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %415, ptr noundef @.str.71, i32 noundef %416)
  %417 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 5), align 8
  %418 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %417, ptr noundef @.str.72, i32 noundef %418)
  %419 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 6), align 8
  %420 = shl i32 %419, 11
  %421 = ashr i32 %420, 11
  %422 = sext i32 %421 to i64
  %423 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %422, ptr noundef @.str.73, i32 noundef %423)
  %424 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 7), align 4
  %425 = zext i32 %424 to i64
  %426 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %425, ptr noundef @.str.74, i32 noundef %426)
  %427 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 8), align 8
  %428 = sext i16 %427 to i64
  %429 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %428, ptr noundef @.str.75, i32 noundef %429)
  %430 = load i64, ptr @g_413, align 1
  %431 = shl i64 %430, 44
  %432 = ashr i64 %431, 44
  %433 = trunc i64 %432 to i32
  %434 = sext i32 %433 to i64
  %435 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %434, ptr noundef @.str.76, i32 noundef %435)
  %436 = load i64, ptr @g_413, align 1
  %437 = shl i64 %436, 25
  %438 = ashr i64 %437, 45
  %439 = trunc i64 %438 to i32
  %440 = sext i32 %439 to i64
  %441 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %440, ptr noundef @.str.77, i32 noundef %441)
  %442 = load volatile i64, ptr @g_413, align 1
  %443 = lshr i64 %442, 39
  %444 = and i64 %443, 262143
  %445 = trunc i64 %444 to i32
  %446 = zext i32 %445 to i64
  %447 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %446, ptr noundef @.str.78, i32 noundef %447)
  %448 = load i64, ptr @g_413, align 1
  %449 = ashr i64 %448, 57
  %450 = trunc i64 %449 to i32
  %451 = sext i32 %450 to i64
  %452 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %451, ptr noundef @.str.79, i32 noundef %452)
  %453 = load volatile i32, ptr @g_422, align 8
  %454 = zext i32 %453 to i64
  %455 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %454, ptr noundef @.str.80, i32 noundef %455)
  %456 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 1), align 4
  %457 = sext i8 %456 to i64
  %458 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %457, ptr noundef @.str.81, i32 noundef %458)
  %459 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 2), align 1
  %460 = zext i8 %459 to i32
  %461 = zext i32 %460 to i64
  %462 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %461, ptr noundef @.str.82, i32 noundef %462)
  %463 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 3), align 8
  %464 = zext i32 %463 to i64
  %465 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %464, ptr noundef @.str.83, i32 noundef %465)
  %466 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 4), align 4
  %467 = sext i8 %466 to i64
  %468 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %467, ptr noundef @.str.84, i32 noundef %468)
  %469 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 5), align 8
  %470 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %469, ptr noundef @.str.85, i32 noundef %470)
  %471 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 6), align 8
  %472 = shl i32 %471, 11
  %473 = ashr i32 %472, 11
  %474 = sext i32 %473 to i64
  %475 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %474, ptr noundef @.str.86, i32 noundef %475)
  %476 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 7), align 4
  %477 = zext i32 %476 to i64
  %478 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %477, ptr noundef @.str.87, i32 noundef %478)
  %479 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 8), align 8
  %480 = sext i16 %479 to i64
  %481 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %480, ptr noundef @.str.88, i32 noundef %481)
  %482 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_422, i32 0, i32 1), align 8
  %483 = zext i8 %482 to i64
  %484 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %483, ptr noundef @.str.89, i32 noundef %484)
  %485 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_422, i32 0, i32 2), align 2
  %486 = zext i16 %485 to i64
  %487 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %486, ptr noundef @.str.90, i32 noundef %487)
  %488 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_422, i32 0, i32 3), align 4
  %489 = sext i32 %488 to i64
  %490 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %489, ptr noundef @.str.91, i32 noundef %490)
  %491 = load i64, ptr @g_445, align 1
  %492 = shl i64 %491, 44
  %493 = ashr i64 %492, 44
  %494 = trunc i64 %493 to i32
  %495 = sext i32 %494 to i64
  %496 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %495, ptr noundef @.str.92, i32 noundef %496)
  %497 = load i64, ptr @g_445, align 1
  %498 = shl i64 %497, 25
  %499 = ashr i64 %498, 45
  %500 = trunc i64 %499 to i32
  %501 = sext i32 %500 to i64
  %502 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %501, ptr noundef @.str.93, i32 noundef %502)
  %503 = load volatile i64, ptr @g_445, align 1
  %504 = lshr i64 %503, 39
  %505 = and i64 %504, 262143
  %506 = trunc i64 %505 to i32
  %507 = zext i32 %506 to i64
  %508 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %507, ptr noundef @.str.94, i32 noundef %508)
  %509 = load i64, ptr @g_445, align 1
  %510 = ashr i64 %509, 57
  %511 = trunc i64 %510 to i32
  %512 = sext i32 %511 to i64
  %513 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %512, ptr noundef @.str.95, i32 noundef %513)
  %514 = load volatile i32, ptr @g_512, align 8
  %515 = zext i32 %514 to i64
  %516 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %515, ptr noundef @.str.96, i32 noundef %516)
  %517 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 1), align 4
  %518 = sext i8 %517 to i64
  %519 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %518, ptr noundef @.str.97, i32 noundef %519)
  %520 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 2), align 1
  %521 = zext i8 %520 to i32
  %522 = zext i32 %521 to i64
  %523 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %522, ptr noundef @.str.98, i32 noundef %523)
  %524 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 3), align 8
  %525 = zext i32 %524 to i64
  %526 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %525, ptr noundef @.str.99, i32 noundef %526)
  %527 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 4), align 4
  %528 = sext i8 %527 to i64
  %529 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %528, ptr noundef @.str.100, i32 noundef %529)
  %530 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 5), align 8
  %531 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %530, ptr noundef @.str.101, i32 noundef %531)
  %532 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 6), align 8
  %533 = shl i32 %532, 11
  %534 = ashr i32 %533, 11
  %535 = sext i32 %534 to i64
  %536 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %535, ptr noundef @.str.102, i32 noundef %536)
  %537 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 7), align 4
  %538 = zext i32 %537 to i64
  %539 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %538, ptr noundef @.str.103, i32 noundef %539)
  %540 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 8), align 8
  %541 = sext i16 %540 to i64
  %542 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %541, ptr noundef @.str.104, i32 noundef %542)
  %543 = load i64, ptr @g_543, align 1
  %544 = shl i64 %543, 44
  %545 = ashr i64 %544, 44
  %546 = trunc i64 %545 to i32
  %547 = sext i32 %546 to i64
  %548 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %547, ptr noundef @.str.105, i32 noundef %548)
  %549 = load i64, ptr @g_543, align 1
  %550 = shl i64 %549, 25
  %551 = ashr i64 %550, 45
  %552 = trunc i64 %551 to i32
  %553 = sext i32 %552 to i64
  %554 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %553, ptr noundef @.str.106, i32 noundef %554)
  %555 = load volatile i64, ptr @g_543, align 1
  %556 = lshr i64 %555, 39
  %557 = and i64 %556, 262143
  %558 = trunc i64 %557 to i32
  %559 = zext i32 %558 to i64
  %560 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %559, ptr noundef @.str.107, i32 noundef %560)
  %561 = load i64, ptr @g_543, align 1
  %562 = ashr i64 %561, 57
  %563 = trunc i64 %562 to i32
  %564 = sext i32 %563 to i64
  %565 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %564, ptr noundef @.str.108, i32 noundef %565)
  %566 = load volatile i16, ptr @g_593, align 2
  %567 = zext i16 %566 to i64
  %568 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %567, ptr noundef @.str.109, i32 noundef %568)
  %569 = load i8, ptr @g_637, align 1
  %570 = sext i8 %569 to i64
  %571 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %570, ptr noundef @.str.110, i32 noundef %571)
  %572 = load i16, ptr @g_638, align 2
  %573 = zext i16 %572 to i64
  %574 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %573, ptr noundef @.str.111, i32 noundef %574)
  store i32 0, ptr %6, align 4
  br label %575

575:
  %576 = load i32, ptr %6, align 4
  %577 = icmp slt i32 %576, 6
  br i1 %577, label %578, label %606

578:
  store i32 0, ptr %7, align 4
  br label %579

579:
  %580 = load i32, ptr %7, align 4
  %581 = icmp slt i32 %580, 5
  br i1 %581, label %582, label %602

582:
  %583 = load i32, ptr %6, align 4
  %584 = sext i32 %583 to i64
  %585 = getelementptr inbounds [6 x [5 x i32]], ptr @g_653, i64 0, i64 %584
  %586 = load i32, ptr %7, align 4
  %587 = sext i32 %586 to i64
  %588 = getelementptr inbounds [5 x i32], ptr %585, i64 0, i64 %587
  %589 = load i32, ptr %588, align 4
  %590 = zext i32 %589 to i64
  %591 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %590, ptr noundef @.str.112, i32 noundef %591)
  %592 = load i32, ptr %9, align 4
  %593 = icmp ne i32 %592, 0
  br i1 %593, label %594, label %598

594:
  %595 = load i32, ptr %6, align 4
  %596 = load i32, ptr %7, align 4
  %597 = call i32 (ptr, ...) @printf(ptr noundef @.str.113, i32 noundef %595, i32 noundef %596)
  br label %598

598:
  br label %599

599:
  %600 = load i32, ptr %7, align 4
  %601 = add nsw i32 %600, 1
  store i32 %601, ptr %7, align 4
  br label %579, !llvm.loop !10

602:
  br label %603

603:
  %604 = load i32, ptr %6, align 4
  %605 = add nsw i32 %604, 1
  store i32 %605, ptr %6, align 4
  br label %575, !llvm.loop !11

606:
  %607 = load volatile i32, ptr @g_685, align 8
  %608 = zext i32 %607 to i64
  %609 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %608, ptr noundef @.str.114, i32 noundef %609)
  %610 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 1), align 4
  %611 = sext i8 %610 to i64
  %612 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %611, ptr noundef @.str.115, i32 noundef %612)
  %613 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 2), align 1
  %614 = zext i8 %613 to i32
  %615 = zext i32 %614 to i64
  %616 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %615, ptr noundef @.str.116, i32 noundef %616)
  %617 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 3), align 8
  %618 = zext i32 %617 to i64
  %619 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %618, ptr noundef @.str.117, i32 noundef %619)
  %620 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 4), align 4
  %621 = sext i8 %620 to i64
  %622 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %621, ptr noundef @.str.118, i32 noundef %622)
  %623 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 5), align 8
  %624 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %623, ptr noundef @.str.119, i32 noundef %624)
  %625 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 6), align 8
  %626 = shl i32 %625, 11
  %627 = ashr i32 %626, 11
  %628 = sext i32 %627 to i64
  %629 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %628, ptr noundef @.str.120, i32 noundef %629)
  %630 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 7), align 4
  %631 = zext i32 %630 to i64
  %632 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %631, ptr noundef @.str.121, i32 noundef %632)
  %633 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 8), align 8
  %634 = sext i16 %633 to i64
  %635 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %634, ptr noundef @.str.122, i32 noundef %635)
  %636 = load i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_685, i32 0, i32 1), align 8
  %637 = zext i8 %636 to i64
  %638 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %637, ptr noundef @.str.123, i32 noundef %638)
  %639 = load i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_685, i32 0, i32 2), align 2
  %640 = zext i16 %639 to i64
  %641 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %640, ptr noundef @.str.124, i32 noundef %641)
  %642 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_685, i32 0, i32 3), align 4
  %643 = sext i32 %642 to i64
  %644 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %643, ptr noundef @.str.125, i32 noundef %644)
  %645 = load volatile i32, ptr @g_705, align 8
  %646 = zext i32 %645 to i64
  %647 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %646, ptr noundef @.str.126, i32 noundef %647)
  %648 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_705, i32 0, i32 1), align 4
  %649 = sext i8 %648 to i64
  %650 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %649, ptr noundef @.str.127, i32 noundef %650)
  %651 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 6, ptr noundef @.str.128, i32 noundef %651)
  %652 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 4294967295, ptr noundef @.str.129, i32 noundef %652)
  %653 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.130, i32 noundef %653)
  %654 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 3, ptr noundef @.str.131, i32 noundef %654)
  %655 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1045, ptr noundef @.str.132, i32 noundef %655)
  %656 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_705, i32 0, i32 7), align 4
  %657 = zext i32 %656 to i64
  %658 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %657, ptr noundef @.str.133, i32 noundef %658)
  %659 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.134, i32 noundef %659)
  %660 = load i64, ptr @g_711, align 1
  %661 = shl i64 %660, 44
  %662 = ashr i64 %661, 44
  %663 = trunc i64 %662 to i32
  %664 = sext i32 %663 to i64
  %665 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %664, ptr noundef @.str.135, i32 noundef %665)
  %666 = load i64, ptr @g_711, align 1
  %667 = shl i64 %666, 25
  %668 = ashr i64 %667, 45
  %669 = trunc i64 %668 to i32
  %670 = sext i32 %669 to i64
  %671 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %670, ptr noundef @.str.136, i32 noundef %671)
  %672 = load volatile i64, ptr @g_711, align 1
  %673 = lshr i64 %672, 39
  %674 = and i64 %673, 262143
  %675 = trunc i64 %674 to i32
  %676 = zext i32 %675 to i64
  %677 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %676, ptr noundef @.str.137, i32 noundef %677)
  %678 = load i64, ptr @g_711, align 1
  %679 = ashr i64 %678, 57
  %680 = trunc i64 %679 to i32
  %681 = sext i32 %680 to i64
  %682 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %681, ptr noundef @.str.138, i32 noundef %682)
  %683 = load i32, ptr @g_752, align 1
  %684 = sext i32 %683 to i64
  %685 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %684, ptr noundef @.str.139, i32 noundef %685)
  %686 = load i32, ptr getelementptr inbounds nuw (%struct.S1, ptr @g_752, i32 0, i32 1), align 1
  %687 = shl i32 %686, 20
  %688 = ashr i32 %687, 20
  %689 = sext i32 %688 to i64
  %690 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %689, ptr noundef @.str.140, i32 noundef %690)
  %691 = load i32, ptr getelementptr inbounds nuw (%struct.S1, ptr @g_752, i32 0, i32 1), align 1
  %692 = shl i32 %691, 13
  %693 = ashr i32 %692, 25
  %694 = sext i32 %693 to i64
  %695 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %694, ptr noundef @.str.141, i32 noundef %695)
  %696 = load i32, ptr getelementptr inbounds nuw (%struct.S1, ptr @g_752, i32 0, i32 1), align 1
  %697 = lshr i32 %696, 19
  %698 = and i32 %697, 4095
  %699 = zext i32 %698 to i64
  %700 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %699, ptr noundef @.str.142, i32 noundef %700)
  %701 = load volatile i32, ptr @g_753, align 8
  %702 = zext i32 %701 to i64
  %703 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %702, ptr noundef @.str.143, i32 noundef %703)
  %704 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 1), align 4
  %705 = sext i8 %704 to i64
  %706 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %705, ptr noundef @.str.144, i32 noundef %706)
  %707 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 2), align 1
  %708 = zext i8 %707 to i32
  %709 = zext i32 %708 to i64
  %710 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %709, ptr noundef @.str.145, i32 noundef %710)
  %711 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 3), align 8
  %712 = zext i32 %711 to i64
  %713 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %712, ptr noundef @.str.146, i32 noundef %713)
  %714 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 4), align 4
  %715 = sext i8 %714 to i64
  %716 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %715, ptr noundef @.str.147, i32 noundef %716)
  %717 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 5), align 8
  %718 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %717, ptr noundef @.str.148, i32 noundef %718)
  %719 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 6), align 8
  %720 = shl i32 %719, 11
  %721 = ashr i32 %720, 11
  %722 = sext i32 %721 to i64
  %723 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %722, ptr noundef @.str.149, i32 noundef %723)
  %724 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 7), align 4
  %725 = zext i32 %724 to i64
  %726 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %725, ptr noundef @.str.150, i32 noundef %726)
  %727 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_753, i32 0, i32 8), align 8
  %728 = sext i16 %727 to i64
  %729 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %728, ptr noundef @.str.151, i32 noundef %729)
  %730 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_753, i32 0, i32 1), align 8
  %731 = zext i8 %730 to i64
  %732 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %731, ptr noundef @.str.152, i32 noundef %732)
  %733 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_753, i32 0, i32 2), align 2
  %734 = zext i16 %733 to i64
  %735 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %734, ptr noundef @.str.153, i32 noundef %735)
  %736 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_753, i32 0, i32 3), align 4
  %737 = sext i32 %736 to i64
  %738 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %737, ptr noundef @.str.154, i32 noundef %738)
  %739 = load i16, ptr @g_793, align 2
  %740 = sext i16 %739 to i64
  %741 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %740, ptr noundef @.str.155, i32 noundef %741)
  %742 = load volatile i32, ptr @g_888, align 8
  %743 = zext i32 %742 to i64
  %744 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %743, ptr noundef @.str.156, i32 noundef %744)
  %745 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 1), align 4
  %746 = sext i8 %745 to i64
  %747 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %746, ptr noundef @.str.157, i32 noundef %747)
  %748 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 2), align 1
  %749 = zext i8 %748 to i32
  %750 = zext i32 %749 to i64
  %751 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %750, ptr noundef @.str.158, i32 noundef %751)
  %752 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 3), align 8
  %753 = zext i32 %752 to i64
  %754 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %753, ptr noundef @.str.159, i32 noundef %754)
  %755 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 4), align 4
  %756 = sext i8 %755 to i64
  %757 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %756, ptr noundef @.str.160, i32 noundef %757)
  %758 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 5), align 8
  %759 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %758, ptr noundef @.str.161, i32 noundef %759)
  %760 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 6), align 8
  %761 = shl i32 %760, 11
  %762 = ashr i32 %761, 11
  %763 = sext i32 %762 to i64
  %764 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %763, ptr noundef @.str.162, i32 noundef %764)
  %765 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 7), align 4
  %766 = zext i32 %765 to i64
  %767 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %766, ptr noundef @.str.163, i32 noundef %767)
  %768 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 8), align 8
  %769 = sext i16 %768 to i64
  %770 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %769, ptr noundef @.str.164, i32 noundef %770)
  %771 = load i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_888, i32 0, i32 1), align 8
  %772 = zext i8 %771 to i64
  %773 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %772, ptr noundef @.str.165, i32 noundef %773)
  %774 = load i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_888, i32 0, i32 2), align 2
  %775 = zext i16 %774 to i64
  %776 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %775, ptr noundef @.str.166, i32 noundef %776)
  %777 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_888, i32 0, i32 3), align 4
  %778 = sext i32 %777 to i64
  %779 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %778, ptr noundef @.str.167, i32 noundef %779)
  store i32 0, ptr %6, align 4
  br label %780

780:
  %781 = load i32, ptr %6, align 4
  %782 = icmp slt i32 %781, 10
  br i1 %782, label %783, label %799

783:
  %784 = load i32, ptr %6, align 4
  %785 = sext i32 %784 to i64
  %786 = getelementptr inbounds [10 x i32], ptr @g_943, i64 0, i64 %785
  %787 = load i32, ptr %786, align 4
  %788 = sext i32 %787 to i64
  %789 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %788, ptr noundef @.str.168, i32 noundef %789)
  %790 = load i32, ptr %9, align 4
  %791 = icmp ne i32 %790, 0
  br i1 %791, label %792, label %795

792:
  %793 = load i32, ptr %6, align 4
  %794 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %793)
  br label %795

795:
  br label %796

796:
  %797 = load i32, ptr %6, align 4
  %798 = add nsw i32 %797, 1
  store i32 %798, ptr %6, align 4
  br label %780, !llvm.loop !12

799:
  %800 = load volatile i32, ptr @g_945, align 8
  %801 = zext i32 %800 to i64
  %802 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %801, ptr noundef @.str.169, i32 noundef %802)
  %803 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 1), align 4
  %804 = sext i8 %803 to i64
  %805 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %804, ptr noundef @.str.170, i32 noundef %805)
  %806 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 2), align 1
  %807 = zext i8 %806 to i32
  %808 = zext i32 %807 to i64
  %809 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %808, ptr noundef @.str.171, i32 noundef %809)
  %810 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 3), align 8
  %811 = zext i32 %810 to i64
  %812 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %811, ptr noundef @.str.172, i32 noundef %812)
  %813 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 4), align 4
  %814 = sext i8 %813 to i64
  %815 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %814, ptr noundef @.str.173, i32 noundef %815)
  %816 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 5), align 8
  %817 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %816, ptr noundef @.str.174, i32 noundef %817)
  %818 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 6), align 8
  %819 = shl i32 %818, 11
  %820 = ashr i32 %819, 11
  %821 = sext i32 %820 to i64
  %822 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %821, ptr noundef @.str.175, i32 noundef %822)
  %823 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 7), align 4
  %824 = zext i32 %823 to i64
  %825 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %824, ptr noundef @.str.176, i32 noundef %825)
  %826 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_945, i32 0, i32 8), align 8
  %827 = sext i16 %826 to i64
  %828 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %827, ptr noundef @.str.177, i32 noundef %828)
  %829 = load volatile i32, ptr @g_1005, align 8
  %830 = zext i32 %829 to i64
  %831 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %830, ptr noundef @.str.178, i32 noundef %831)
  %832 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 1), align 4
  %833 = sext i8 %832 to i64
  %834 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %833, ptr noundef @.str.179, i32 noundef %834)
  %835 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 2), align 1
  %836 = zext i8 %835 to i32
  %837 = zext i32 %836 to i64
  %838 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %837, ptr noundef @.str.180, i32 noundef %838)
  %839 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 3), align 8
  %840 = zext i32 %839 to i64
  %841 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %840, ptr noundef @.str.181, i32 noundef %841)
  %842 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 4), align 4
  %843 = sext i8 %842 to i64
  %844 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %843, ptr noundef @.str.182, i32 noundef %844)
  %845 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 5), align 8
  %846 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %845, ptr noundef @.str.183, i32 noundef %846)
  %847 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 6), align 8
  %848 = shl i32 %847, 11
  %849 = ashr i32 %848, 11
  %850 = sext i32 %849 to i64
  %851 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %850, ptr noundef @.str.184, i32 noundef %851)
  %852 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 7), align 4
  %853 = zext i32 %852 to i64
  %854 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %853, ptr noundef @.str.185, i32 noundef %854)
  %855 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1005, i32 0, i32 8), align 8
  %856 = sext i16 %855 to i64
  %857 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %856, ptr noundef @.str.186, i32 noundef %857)
  %858 = load i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1005, i32 0, i32 1), align 8
  %859 = zext i8 %858 to i64
  %860 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %859, ptr noundef @.str.187, i32 noundef %860)
  %861 = load i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1005, i32 0, i32 2), align 2
  %862 = zext i16 %861 to i64
  %863 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %862, ptr noundef @.str.188, i32 noundef %863)
  %864 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1005, i32 0, i32 3), align 4
  %865 = sext i32 %864 to i64
  %866 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %865, ptr noundef @.str.189, i32 noundef %866)
  store i32 0, ptr %6, align 4
  br label %867

867:
  %868 = load i32, ptr %6, align 4
  %869 = icmp slt i32 %868, 4
  br i1 %869, label %870, label %1020

870:
  store i32 0, ptr %7, align 4
  br label %871

871:
  %872 = load i32, ptr %7, align 4
  %873 = icmp slt i32 %872, 5
  br i1 %873, label %874, label %1016

874:
  %875 = load i32, ptr %6, align 4
  %876 = sext i32 %875 to i64
  %877 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %876
  %878 = load i32, ptr %7, align 4
  %879 = sext i32 %878 to i64
  %880 = getelementptr inbounds [5 x %struct.S3], ptr %877, i64 0, i64 %879
  %881 = getelementptr inbounds nuw %struct.S3, ptr %880, i32 0, i32 0
  %882 = getelementptr inbounds nuw %struct.S0, ptr %881, i32 0, i32 0
  %883 = load volatile i32, ptr %882, align 16
  %884 = zext i32 %883 to i64
  %885 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %884, ptr noundef @.str.190, i32 noundef %885)
  %886 = load i32, ptr %6, align 4
  %887 = sext i32 %886 to i64
  %888 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %887
  %889 = load i32, ptr %7, align 4
  %890 = sext i32 %889 to i64
  %891 = getelementptr inbounds [5 x %struct.S3], ptr %888, i64 0, i64 %890
  %892 = getelementptr inbounds nuw %struct.S3, ptr %891, i32 0, i32 0
  %893 = getelementptr inbounds nuw %struct.S0, ptr %892, i32 0, i32 1
  %894 = load volatile i8, ptr %893, align 4
  %895 = sext i8 %894 to i64
  %896 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %895, ptr noundef @.str.191, i32 noundef %896)
  %897 = load i32, ptr %6, align 4
  %898 = sext i32 %897 to i64
  %899 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %898
  %900 = load i32, ptr %7, align 4
  %901 = sext i32 %900 to i64
  %902 = getelementptr inbounds [5 x %struct.S3], ptr %899, i64 0, i64 %901
  %903 = getelementptr inbounds nuw %struct.S3, ptr %902, i32 0, i32 0
  %904 = getelementptr inbounds nuw %struct.S0, ptr %903, i32 0, i32 2
  %905 = load i8, ptr %904, align 1
  %906 = zext i8 %905 to i32
  %907 = zext i32 %906 to i64
  %908 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %907, ptr noundef @.str.192, i32 noundef %908)
  %909 = load i32, ptr %6, align 4
  %910 = sext i32 %909 to i64
  %911 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %910
  %912 = load i32, ptr %7, align 4
  %913 = sext i32 %912 to i64
  %914 = getelementptr inbounds [5 x %struct.S3], ptr %911, i64 0, i64 %913
  %915 = getelementptr inbounds nuw %struct.S3, ptr %914, i32 0, i32 0
  %916 = getelementptr inbounds nuw %struct.S0, ptr %915, i32 0, i32 3
  %917 = load i32, ptr %916, align 8
  %918 = zext i32 %917 to i64
  %919 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %918, ptr noundef @.str.193, i32 noundef %919)
  %920 = load i32, ptr %6, align 4
  %921 = sext i32 %920 to i64
  %922 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %921
  %923 = load i32, ptr %7, align 4
  %924 = sext i32 %923 to i64
  %925 = getelementptr inbounds [5 x %struct.S3], ptr %922, i64 0, i64 %924
  %926 = getelementptr inbounds nuw %struct.S3, ptr %925, i32 0, i32 0
  %927 = getelementptr inbounds nuw %struct.S0, ptr %926, i32 0, i32 4
  %928 = load i8, ptr %927, align 4
  %929 = sext i8 %928 to i64
  %930 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %929, ptr noundef @.str.194, i32 noundef %930)
  %931 = load i32, ptr %6, align 4
  %932 = sext i32 %931 to i64
  %933 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %932
  %934 = load i32, ptr %7, align 4
  %935 = sext i32 %934 to i64
  %936 = getelementptr inbounds [5 x %struct.S3], ptr %933, i64 0, i64 %935
  %937 = getelementptr inbounds nuw %struct.S3, ptr %936, i32 0, i32 0
  %938 = getelementptr inbounds nuw %struct.S0, ptr %937, i32 0, i32 5
  %939 = load i64, ptr %938, align 16
  %940 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %939, ptr noundef @.str.195, i32 noundef %940)
  %941 = load i32, ptr %6, align 4
  %942 = sext i32 %941 to i64
  %943 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %942
  %944 = load i32, ptr %7, align 4
  %945 = sext i32 %944 to i64
  %946 = getelementptr inbounds [5 x %struct.S3], ptr %943, i64 0, i64 %945
  %947 = getelementptr inbounds nuw %struct.S3, ptr %946, i32 0, i32 0
  %948 = getelementptr inbounds nuw %struct.S0, ptr %947, i32 0, i32 6
  %949 = load i32, ptr %948, align 8
  %950 = shl i32 %949, 11
  %951 = ashr i32 %950, 11
  %952 = sext i32 %951 to i64
  %953 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %952, ptr noundef @.str.196, i32 noundef %953)
  %954 = load i32, ptr %6, align 4
  %955 = sext i32 %954 to i64
  %956 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %955
  %957 = load i32, ptr %7, align 4
  %958 = sext i32 %957 to i64
  %959 = getelementptr inbounds [5 x %struct.S3], ptr %956, i64 0, i64 %958
  %960 = getelementptr inbounds nuw %struct.S3, ptr %959, i32 0, i32 0
  %961 = getelementptr inbounds nuw %struct.S0, ptr %960, i32 0, i32 7
  %962 = load volatile i32, ptr %961, align 4
  %963 = zext i32 %962 to i64
  %964 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %963, ptr noundef @.str.197, i32 noundef %964)
  %965 = load i32, ptr %6, align 4
  %966 = sext i32 %965 to i64
  %967 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %966
  %968 = load i32, ptr %7, align 4
  %969 = sext i32 %968 to i64
  %970 = getelementptr inbounds [5 x %struct.S3], ptr %967, i64 0, i64 %969
  %971 = getelementptr inbounds nuw %struct.S3, ptr %970, i32 0, i32 0
  %972 = getelementptr inbounds nuw %struct.S0, ptr %971, i32 0, i32 8
  %973 = load i16, ptr %972, align 16
  %974 = sext i16 %973 to i64
  %975 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %974, ptr noundef @.str.198, i32 noundef %975)
  %976 = load i32, ptr %6, align 4
  %977 = sext i32 %976 to i64
  %978 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %977
  %979 = load i32, ptr %7, align 4
  %980 = sext i32 %979 to i64
  %981 = getelementptr inbounds [5 x %struct.S3], ptr %978, i64 0, i64 %980
  %982 = getelementptr inbounds nuw %struct.S3, ptr %981, i32 0, i32 1
  %983 = load i8, ptr %982, align 8
  %984 = zext i8 %983 to i64
  %985 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %984, ptr noundef @.str.199, i32 noundef %985)
  %986 = load i32, ptr %6, align 4
  %987 = sext i32 %986 to i64
  %988 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %987
  %989 = load i32, ptr %7, align 4
  %990 = sext i32 %989 to i64
  %991 = getelementptr inbounds [5 x %struct.S3], ptr %988, i64 0, i64 %990
  %992 = getelementptr inbounds nuw %struct.S3, ptr %991, i32 0, i32 2
  %993 = load i16, ptr %992, align 2
  %994 = zext i16 %993 to i64
  %995 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %994, ptr noundef @.str.200, i32 noundef %995)
  %996 = load i32, ptr %6, align 4
  %997 = sext i32 %996 to i64
  %998 = getelementptr inbounds [4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 %997
  %999 = load i32, ptr %7, align 4
  %1000 = sext i32 %999 to i64
  %1001 = getelementptr inbounds [5 x %struct.S3], ptr %998, i64 0, i64 %1000
  %1002 = getelementptr inbounds nuw %struct.S3, ptr %1001, i32 0, i32 3
  %1003 = load volatile i32, ptr %1002, align 4
  %1004 = sext i32 %1003 to i64
  %1005 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1004, ptr noundef @.str.201, i32 noundef %1005)
  %1006 = load i32, ptr %9, align 4
  %1007 = icmp ne i32 %1006, 0
  br i1 %1007, label %1008, label %1012

1008:
  %1009 = load i32, ptr %6, align 4
  %1010 = load i32, ptr %7, align 4
  %1011 = call i32 (ptr, ...) @printf(ptr noundef @.str.113, i32 noundef %1009, i32 noundef %1010)
  br label %1012

1012:
  br label %1013

1013:
  %1014 = load i32, ptr %7, align 4
  %1015 = add nsw i32 %1014, 1
  store i32 %1015, ptr %7, align 4
  br label %871, !llvm.loop !13

1016:
  br label %1017

1017:
  %1018 = load i32, ptr %6, align 4
  %1019 = add nsw i32 %1018, 1
  store i32 %1019, ptr %6, align 4
  br label %867, !llvm.loop !14

1020:
  %1021 = load volatile i32, ptr @g_1024, align 8
  %1022 = zext i32 %1021 to i64
  %1023 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1022, ptr noundef @.str.202, i32 noundef %1023)
  %1024 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 1), align 4
  %1025 = sext i8 %1024 to i64
  %1026 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1025, ptr noundef @.str.203, i32 noundef %1026)
  %1027 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 2), align 1
  %1028 = zext i8 %1027 to i32
  %1029 = zext i32 %1028 to i64
  %1030 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1029, ptr noundef @.str.204, i32 noundef %1030)
  %1031 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 3), align 8
  %1032 = zext i32 %1031 to i64
  %1033 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1032, ptr noundef @.str.205, i32 noundef %1033)
  %1034 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 4), align 4
  %1035 = sext i8 %1034 to i64
  %1036 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1035, ptr noundef @.str.206, i32 noundef %1036)
  %1037 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 5), align 8
  %1038 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1037, ptr noundef @.str.207, i32 noundef %1038)
  %1039 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 6), align 8
  %1040 = shl i32 %1039, 11
  %1041 = ashr i32 %1040, 11
  %1042 = sext i32 %1041 to i64
  %1043 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1042, ptr noundef @.str.208, i32 noundef %1043)
  %1044 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 7), align 4
  %1045 = zext i32 %1044 to i64
  %1046 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1045, ptr noundef @.str.209, i32 noundef %1046)
  %1047 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1024, i32 0, i32 8), align 8
  %1048 = sext i16 %1047 to i64
  %1049 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1048, ptr noundef @.str.210, i32 noundef %1049)
  store i32 0, ptr %6, align 4
  br label %1050

1050:
  %1051 = load i32, ptr %6, align 4
  %1052 = icmp slt i32 %1051, 7
  br i1 %1052, label %1053, label %1093

1053:
  store i32 0, ptr %7, align 4
  br label %1054

1054:
  %1055 = load i32, ptr %7, align 4
  %1056 = icmp slt i32 %1055, 3
  br i1 %1056, label %1057, label %1089

1057:
  store i32 0, ptr %8, align 4
  br label %1058

1058:
  %1059 = load i32, ptr %8, align 4
  %1060 = icmp slt i32 %1059, 8
  br i1 %1060, label %1061, label %1085

1061:
  %1062 = load i32, ptr %6, align 4
  %1063 = sext i32 %1062 to i64
  %1064 = getelementptr inbounds [7 x [3 x [8 x i32]]], ptr @g_1055, i64 0, i64 %1063
  %1065 = load i32, ptr %7, align 4
  %1066 = sext i32 %1065 to i64
  %1067 = getelementptr inbounds [3 x [8 x i32]], ptr %1064, i64 0, i64 %1066
  %1068 = load i32, ptr %8, align 4
  %1069 = sext i32 %1068 to i64
  %1070 = getelementptr inbounds [8 x i32], ptr %1067, i64 0, i64 %1069
  %1071 = load i32, ptr %1070, align 4
  %1072 = sext i32 %1071 to i64
  %1073 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1072, ptr noundef @.str.211, i32 noundef %1073)
  %1074 = load i32, ptr %9, align 4
  %1075 = icmp ne i32 %1074, 0
  br i1 %1075, label %1076, label %1081

1076:
  %1077 = load i32, ptr %6, align 4
  %1078 = load i32, ptr %7, align 4
  %1079 = load i32, ptr %8, align 4
  %1080 = call i32 (ptr, ...) @printf(ptr noundef @.str.212, i32 noundef %1077, i32 noundef %1078, i32 noundef %1079)
  br label %1081

1081:
  br label %1082

1082:
  %1083 = load i32, ptr %8, align 4
  %1084 = add nsw i32 %1083, 1
  store i32 %1084, ptr %8, align 4
  br label %1058, !llvm.loop !15

1085:
  br label %1086

1086:
  %1087 = load i32, ptr %7, align 4
  %1088 = add nsw i32 %1087, 1
  store i32 %1088, ptr %7, align 4
  br label %1054, !llvm.loop !16

1089:
  br label %1090

1090:
  %1091 = load i32, ptr %6, align 4
  %1092 = add nsw i32 %1091, 1
  store i32 %1092, ptr %6, align 4
  br label %1050, !llvm.loop !17

1093:
  %1094 = load i32, ptr @g_1098, align 4
  %1095 = zext i32 %1094 to i64
  %1096 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1095, ptr noundef @.str.213, i32 noundef %1096)
  %1097 = load i32, ptr @g_1171, align 4
  %1098 = sext i32 %1097 to i64
  %1099 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1098, ptr noundef @.str.214, i32 noundef %1099)
  %1100 = load volatile i32, ptr @g_1192, align 8
  %1101 = zext i32 %1100 to i64
  %1102 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1101, ptr noundef @.str.215, i32 noundef %1102)
  %1103 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 1), align 4
  %1104 = sext i8 %1103 to i64
  %1105 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1104, ptr noundef @.str.216, i32 noundef %1105)
  %1106 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 2), align 1
  %1107 = zext i8 %1106 to i32
  %1108 = zext i32 %1107 to i64
  %1109 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1108, ptr noundef @.str.217, i32 noundef %1109)
  %1110 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 3), align 8
  %1111 = zext i32 %1110 to i64
  %1112 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1111, ptr noundef @.str.218, i32 noundef %1112)
  %1113 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 4), align 4
  %1114 = sext i8 %1113 to i64
  %1115 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1114, ptr noundef @.str.219, i32 noundef %1115)
  %1116 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 5), align 8
  %1117 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1116, ptr noundef @.str.220, i32 noundef %1117)
  %1118 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 6), align 8
  %1119 = shl i32 %1118, 11
  %1120 = ashr i32 %1119, 11
  %1121 = sext i32 %1120 to i64
  %1122 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1121, ptr noundef @.str.221, i32 noundef %1122)
  %1123 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 7), align 4
  %1124 = zext i32 %1123 to i64
  %1125 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1124, ptr noundef @.str.222, i32 noundef %1125)
  %1126 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1192, i32 0, i32 8), align 8
  %1127 = sext i16 %1126 to i64
  %1128 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1127, ptr noundef @.str.223, i32 noundef %1128)
  %1129 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1192, i32 0, i32 1), align 8
  %1130 = zext i8 %1129 to i64
  %1131 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1130, ptr noundef @.str.224, i32 noundef %1131)
  %1132 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1192, i32 0, i32 2), align 2
  %1133 = zext i16 %1132 to i64
  %1134 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1133, ptr noundef @.str.225, i32 noundef %1134)
  %1135 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1192, i32 0, i32 3), align 4
  %1136 = sext i32 %1135 to i64
  %1137 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1136, ptr noundef @.str.226, i32 noundef %1137)
  %1138 = load i8, ptr @g_1233, align 1
  %1139 = zext i8 %1138 to i64
  %1140 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1139, ptr noundef @.str.227, i32 noundef %1140)
  %1141 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 10131231, ptr noundef @.str.228, i32 noundef %1141)
  %1142 = load volatile i64, ptr @g_1387, align 8
  %1143 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1142, ptr noundef @.str.229, i32 noundef %1143)
  store i32 0, ptr %6, align 4
  br label %1144

1144:
  %1145 = load i32, ptr %6, align 4
  %1146 = icmp slt i32 %1145, 10
  br i1 %1146, label %1147, label %1297

1147:
  store i32 0, ptr %7, align 4
  br label %1148

1148:
  %1149 = load i32, ptr %7, align 4
  %1150 = icmp slt i32 %1149, 6
  br i1 %1150, label %1151, label %1293

1151:
  %1152 = load i32, ptr %6, align 4
  %1153 = sext i32 %1152 to i64
  %1154 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1153
  %1155 = load i32, ptr %7, align 4
  %1156 = sext i32 %1155 to i64
  %1157 = getelementptr inbounds [6 x %struct.S3], ptr %1154, i64 0, i64 %1156
  %1158 = getelementptr inbounds nuw %struct.S3, ptr %1157, i32 0, i32 0
  %1159 = getelementptr inbounds nuw %struct.S0, ptr %1158, i32 0, i32 0
  %1160 = load volatile i32, ptr %1159, align 16
  %1161 = zext i32 %1160 to i64
  %1162 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1161, ptr noundef @.str.230, i32 noundef %1162)
  %1163 = load i32, ptr %6, align 4
  %1164 = sext i32 %1163 to i64
  %1165 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1164
  %1166 = load i32, ptr %7, align 4
  %1167 = sext i32 %1166 to i64
  %1168 = getelementptr inbounds [6 x %struct.S3], ptr %1165, i64 0, i64 %1167
  %1169 = getelementptr inbounds nuw %struct.S3, ptr %1168, i32 0, i32 0
  %1170 = getelementptr inbounds nuw %struct.S0, ptr %1169, i32 0, i32 1
  %1171 = load volatile i8, ptr %1170, align 4
  %1172 = sext i8 %1171 to i64
  %1173 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1172, ptr noundef @.str.231, i32 noundef %1173)
  %1174 = load i32, ptr %6, align 4
  %1175 = sext i32 %1174 to i64
  %1176 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1175
  %1177 = load i32, ptr %7, align 4
  %1178 = sext i32 %1177 to i64
  %1179 = getelementptr inbounds [6 x %struct.S3], ptr %1176, i64 0, i64 %1178
  %1180 = getelementptr inbounds nuw %struct.S3, ptr %1179, i32 0, i32 0
  %1181 = getelementptr inbounds nuw %struct.S0, ptr %1180, i32 0, i32 2
  %1182 = load volatile i8, ptr %1181, align 1
  %1183 = zext i8 %1182 to i32
  %1184 = zext i32 %1183 to i64
  %1185 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1184, ptr noundef @.str.232, i32 noundef %1185)
  %1186 = load i32, ptr %6, align 4
  %1187 = sext i32 %1186 to i64
  %1188 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1187
  %1189 = load i32, ptr %7, align 4
  %1190 = sext i32 %1189 to i64
  %1191 = getelementptr inbounds [6 x %struct.S3], ptr %1188, i64 0, i64 %1190
  %1192 = getelementptr inbounds nuw %struct.S3, ptr %1191, i32 0, i32 0
  %1193 = getelementptr inbounds nuw %struct.S0, ptr %1192, i32 0, i32 3
  %1194 = load volatile i32, ptr %1193, align 8
  %1195 = zext i32 %1194 to i64
  %1196 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1195, ptr noundef @.str.233, i32 noundef %1196)
  %1197 = load i32, ptr %6, align 4
  %1198 = sext i32 %1197 to i64
  %1199 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1198
  %1200 = load i32, ptr %7, align 4
  %1201 = sext i32 %1200 to i64
  %1202 = getelementptr inbounds [6 x %struct.S3], ptr %1199, i64 0, i64 %1201
  %1203 = getelementptr inbounds nuw %struct.S3, ptr %1202, i32 0, i32 0
  %1204 = getelementptr inbounds nuw %struct.S0, ptr %1203, i32 0, i32 4
  %1205 = load volatile i8, ptr %1204, align 4
  %1206 = sext i8 %1205 to i64
  %1207 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1206, ptr noundef @.str.234, i32 noundef %1207)
  %1208 = load i32, ptr %6, align 4
  %1209 = sext i32 %1208 to i64
  %1210 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1209
  %1211 = load i32, ptr %7, align 4
  %1212 = sext i32 %1211 to i64
  %1213 = getelementptr inbounds [6 x %struct.S3], ptr %1210, i64 0, i64 %1212
  %1214 = getelementptr inbounds nuw %struct.S3, ptr %1213, i32 0, i32 0
  %1215 = getelementptr inbounds nuw %struct.S0, ptr %1214, i32 0, i32 5
  %1216 = load volatile i64, ptr %1215, align 16
  %1217 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1216, ptr noundef @.str.235, i32 noundef %1217)
  %1218 = load i32, ptr %6, align 4
  %1219 = sext i32 %1218 to i64
  %1220 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1219
  %1221 = load i32, ptr %7, align 4
  %1222 = sext i32 %1221 to i64
  %1223 = getelementptr inbounds [6 x %struct.S3], ptr %1220, i64 0, i64 %1222
  %1224 = getelementptr inbounds nuw %struct.S3, ptr %1223, i32 0, i32 0
  %1225 = getelementptr inbounds nuw %struct.S0, ptr %1224, i32 0, i32 6
  %1226 = load volatile i32, ptr %1225, align 8
  %1227 = shl i32 %1226, 11
  %1228 = ashr i32 %1227, 11
  %1229 = sext i32 %1228 to i64
  %1230 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1229, ptr noundef @.str.236, i32 noundef %1230)
  %1231 = load i32, ptr %6, align 4
  %1232 = sext i32 %1231 to i64
  %1233 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1232
  %1234 = load i32, ptr %7, align 4
  %1235 = sext i32 %1234 to i64
  %1236 = getelementptr inbounds [6 x %struct.S3], ptr %1233, i64 0, i64 %1235
  %1237 = getelementptr inbounds nuw %struct.S3, ptr %1236, i32 0, i32 0
  %1238 = getelementptr inbounds nuw %struct.S0, ptr %1237, i32 0, i32 7
  %1239 = load volatile i32, ptr %1238, align 4
  %1240 = zext i32 %1239 to i64
  %1241 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1240, ptr noundef @.str.237, i32 noundef %1241)
  %1242 = load i32, ptr %6, align 4
  %1243 = sext i32 %1242 to i64
  %1244 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1243
  %1245 = load i32, ptr %7, align 4
  %1246 = sext i32 %1245 to i64
  %1247 = getelementptr inbounds [6 x %struct.S3], ptr %1244, i64 0, i64 %1246
  %1248 = getelementptr inbounds nuw %struct.S3, ptr %1247, i32 0, i32 0
  %1249 = getelementptr inbounds nuw %struct.S0, ptr %1248, i32 0, i32 8
  %1250 = load volatile i16, ptr %1249, align 16
  %1251 = sext i16 %1250 to i64
  %1252 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1251, ptr noundef @.str.238, i32 noundef %1252)
  %1253 = load i32, ptr %6, align 4
  %1254 = sext i32 %1253 to i64
  %1255 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1254
  %1256 = load i32, ptr %7, align 4
  %1257 = sext i32 %1256 to i64
  %1258 = getelementptr inbounds [6 x %struct.S3], ptr %1255, i64 0, i64 %1257
  %1259 = getelementptr inbounds nuw %struct.S3, ptr %1258, i32 0, i32 1
  %1260 = load volatile i8, ptr %1259, align 8
  %1261 = zext i8 %1260 to i64
  %1262 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1261, ptr noundef @.str.239, i32 noundef %1262)
  %1263 = load i32, ptr %6, align 4
  %1264 = sext i32 %1263 to i64
  %1265 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1264
  %1266 = load i32, ptr %7, align 4
  %1267 = sext i32 %1266 to i64
  %1268 = getelementptr inbounds [6 x %struct.S3], ptr %1265, i64 0, i64 %1267
  %1269 = getelementptr inbounds nuw %struct.S3, ptr %1268, i32 0, i32 2
  %1270 = load volatile i16, ptr %1269, align 2
  %1271 = zext i16 %1270 to i64
  %1272 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1271, ptr noundef @.str.240, i32 noundef %1272)
  %1273 = load i32, ptr %6, align 4
  %1274 = sext i32 %1273 to i64
  %1275 = getelementptr inbounds [10 x [6 x %struct.S3]], ptr @g_1418, i64 0, i64 %1274
  %1276 = load i32, ptr %7, align 4
  %1277 = sext i32 %1276 to i64
  %1278 = getelementptr inbounds [6 x %struct.S3], ptr %1275, i64 0, i64 %1277
  %1279 = getelementptr inbounds nuw %struct.S3, ptr %1278, i32 0, i32 3
  %1280 = load volatile i32, ptr %1279, align 4
  %1281 = sext i32 %1280 to i64
  %1282 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1281, ptr noundef @.str.241, i32 noundef %1282)
  %1283 = load i32, ptr %9, align 4
  %1284 = icmp ne i32 %1283, 0
  br i1 %1284, label %1285, label %1289

1285:
  %1286 = load i32, ptr %6, align 4
  %1287 = load i32, ptr %7, align 4
  %1288 = call i32 (ptr, ...) @printf(ptr noundef @.str.113, i32 noundef %1286, i32 noundef %1287)
  br label %1289

1289:
  br label %1290

1290:
  %1291 = load i32, ptr %7, align 4
  %1292 = add nsw i32 %1291, 1
  store i32 %1292, ptr %7, align 4
  br label %1148, !llvm.loop !18

1293:
  br label %1294

1294:
  %1295 = load i32, ptr %6, align 4
  %1296 = add nsw i32 %1295, 1
  store i32 %1296, ptr %6, align 4
  br label %1144, !llvm.loop !19

1297:
  %1298 = load volatile i32, ptr @g_1426, align 4
  %1299 = zext i32 %1298 to i64
  %1300 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1299, ptr noundef @.str.242, i32 noundef %1300)
  store i32 0, ptr %6, align 4
  br label %1301

1301:
  %1302 = load i32, ptr %6, align 4
  %1303 = icmp slt i32 %1302, 2
  br i1 %1303, label %1304, label %1454

1304:
  store i32 0, ptr %7, align 4
  br label %1305

1305:
  %1306 = load i32, ptr %7, align 4
  %1307 = icmp slt i32 %1306, 7
  br i1 %1307, label %1308, label %1450

1308:
  %1309 = load i32, ptr %6, align 4
  %1310 = sext i32 %1309 to i64
  %1311 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1310
  %1312 = load i32, ptr %7, align 4
  %1313 = sext i32 %1312 to i64
  %1314 = getelementptr inbounds [7 x %struct.S3], ptr %1311, i64 0, i64 %1313
  %1315 = getelementptr inbounds nuw %struct.S3, ptr %1314, i32 0, i32 0
  %1316 = getelementptr inbounds nuw %struct.S0, ptr %1315, i32 0, i32 0
  %1317 = load volatile i32, ptr %1316, align 16
  %1318 = zext i32 %1317 to i64
  %1319 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1318, ptr noundef @.str.243, i32 noundef %1319)
  %1320 = load i32, ptr %6, align 4
  %1321 = sext i32 %1320 to i64
  %1322 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1321
  %1323 = load i32, ptr %7, align 4
  %1324 = sext i32 %1323 to i64
  %1325 = getelementptr inbounds [7 x %struct.S3], ptr %1322, i64 0, i64 %1324
  %1326 = getelementptr inbounds nuw %struct.S3, ptr %1325, i32 0, i32 0
  %1327 = getelementptr inbounds nuw %struct.S0, ptr %1326, i32 0, i32 1
  %1328 = load volatile i8, ptr %1327, align 4
  %1329 = sext i8 %1328 to i64
  %1330 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1329, ptr noundef @.str.244, i32 noundef %1330)
  %1331 = load i32, ptr %6, align 4
  %1332 = sext i32 %1331 to i64
  %1333 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1332
  %1334 = load i32, ptr %7, align 4
  %1335 = sext i32 %1334 to i64
  %1336 = getelementptr inbounds [7 x %struct.S3], ptr %1333, i64 0, i64 %1335
  %1337 = getelementptr inbounds nuw %struct.S3, ptr %1336, i32 0, i32 0
  %1338 = getelementptr inbounds nuw %struct.S0, ptr %1337, i32 0, i32 2
  %1339 = load volatile i8, ptr %1338, align 1
  %1340 = zext i8 %1339 to i32
  %1341 = zext i32 %1340 to i64
  %1342 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1341, ptr noundef @.str.245, i32 noundef %1342)
  %1343 = load i32, ptr %6, align 4
  %1344 = sext i32 %1343 to i64
  %1345 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1344
  %1346 = load i32, ptr %7, align 4
  %1347 = sext i32 %1346 to i64
  %1348 = getelementptr inbounds [7 x %struct.S3], ptr %1345, i64 0, i64 %1347
  %1349 = getelementptr inbounds nuw %struct.S3, ptr %1348, i32 0, i32 0
  %1350 = getelementptr inbounds nuw %struct.S0, ptr %1349, i32 0, i32 3
  %1351 = load volatile i32, ptr %1350, align 8
  %1352 = zext i32 %1351 to i64
  %1353 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1352, ptr noundef @.str.246, i32 noundef %1353)
  %1354 = load i32, ptr %6, align 4
  %1355 = sext i32 %1354 to i64
  %1356 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1355
  %1357 = load i32, ptr %7, align 4
  %1358 = sext i32 %1357 to i64
  %1359 = getelementptr inbounds [7 x %struct.S3], ptr %1356, i64 0, i64 %1358
  %1360 = getelementptr inbounds nuw %struct.S3, ptr %1359, i32 0, i32 0
  %1361 = getelementptr inbounds nuw %struct.S0, ptr %1360, i32 0, i32 4
  %1362 = load volatile i8, ptr %1361, align 4
  %1363 = sext i8 %1362 to i64
  %1364 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1363, ptr noundef @.str.247, i32 noundef %1364)
  %1365 = load i32, ptr %6, align 4
  %1366 = sext i32 %1365 to i64
  %1367 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1366
  %1368 = load i32, ptr %7, align 4
  %1369 = sext i32 %1368 to i64
  %1370 = getelementptr inbounds [7 x %struct.S3], ptr %1367, i64 0, i64 %1369
  %1371 = getelementptr inbounds nuw %struct.S3, ptr %1370, i32 0, i32 0
  %1372 = getelementptr inbounds nuw %struct.S0, ptr %1371, i32 0, i32 5
  %1373 = load volatile i64, ptr %1372, align 16
  %1374 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1373, ptr noundef @.str.248, i32 noundef %1374)
  %1375 = load i32, ptr %6, align 4
  %1376 = sext i32 %1375 to i64
  %1377 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1376
  %1378 = load i32, ptr %7, align 4
  %1379 = sext i32 %1378 to i64
  %1380 = getelementptr inbounds [7 x %struct.S3], ptr %1377, i64 0, i64 %1379
  %1381 = getelementptr inbounds nuw %struct.S3, ptr %1380, i32 0, i32 0
  %1382 = getelementptr inbounds nuw %struct.S0, ptr %1381, i32 0, i32 6
  %1383 = load volatile i32, ptr %1382, align 8
  %1384 = shl i32 %1383, 11
  %1385 = ashr i32 %1384, 11
  %1386 = sext i32 %1385 to i64
  %1387 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1386, ptr noundef @.str.249, i32 noundef %1387)
  %1388 = load i32, ptr %6, align 4
  %1389 = sext i32 %1388 to i64
  %1390 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1389
  %1391 = load i32, ptr %7, align 4
  %1392 = sext i32 %1391 to i64
  %1393 = getelementptr inbounds [7 x %struct.S3], ptr %1390, i64 0, i64 %1392
  %1394 = getelementptr inbounds nuw %struct.S3, ptr %1393, i32 0, i32 0
  %1395 = getelementptr inbounds nuw %struct.S0, ptr %1394, i32 0, i32 7
  %1396 = load volatile i32, ptr %1395, align 4
  %1397 = zext i32 %1396 to i64
  %1398 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1397, ptr noundef @.str.250, i32 noundef %1398)
  %1399 = load i32, ptr %6, align 4
  %1400 = sext i32 %1399 to i64
  %1401 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1400
  %1402 = load i32, ptr %7, align 4
  %1403 = sext i32 %1402 to i64
  %1404 = getelementptr inbounds [7 x %struct.S3], ptr %1401, i64 0, i64 %1403
  %1405 = getelementptr inbounds nuw %struct.S3, ptr %1404, i32 0, i32 0
  %1406 = getelementptr inbounds nuw %struct.S0, ptr %1405, i32 0, i32 8
  %1407 = load volatile i16, ptr %1406, align 16
  %1408 = sext i16 %1407 to i64
  %1409 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1408, ptr noundef @.str.251, i32 noundef %1409)
  %1410 = load i32, ptr %6, align 4
  %1411 = sext i32 %1410 to i64
  %1412 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1411
  %1413 = load i32, ptr %7, align 4
  %1414 = sext i32 %1413 to i64
  %1415 = getelementptr inbounds [7 x %struct.S3], ptr %1412, i64 0, i64 %1414
  %1416 = getelementptr inbounds nuw %struct.S3, ptr %1415, i32 0, i32 1
  %1417 = load volatile i8, ptr %1416, align 8
  %1418 = zext i8 %1417 to i64
  %1419 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1418, ptr noundef @.str.252, i32 noundef %1419)
  %1420 = load i32, ptr %6, align 4
  %1421 = sext i32 %1420 to i64
  %1422 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1421
  %1423 = load i32, ptr %7, align 4
  %1424 = sext i32 %1423 to i64
  %1425 = getelementptr inbounds [7 x %struct.S3], ptr %1422, i64 0, i64 %1424
  %1426 = getelementptr inbounds nuw %struct.S3, ptr %1425, i32 0, i32 2
  %1427 = load volatile i16, ptr %1426, align 2
  %1428 = zext i16 %1427 to i64
  %1429 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1428, ptr noundef @.str.253, i32 noundef %1429)
  %1430 = load i32, ptr %6, align 4
  %1431 = sext i32 %1430 to i64
  %1432 = getelementptr inbounds [2 x [7 x %struct.S3]], ptr @g_1452, i64 0, i64 %1431
  %1433 = load i32, ptr %7, align 4
  %1434 = sext i32 %1433 to i64
  %1435 = getelementptr inbounds [7 x %struct.S3], ptr %1432, i64 0, i64 %1434
  %1436 = getelementptr inbounds nuw %struct.S3, ptr %1435, i32 0, i32 3
  %1437 = load volatile i32, ptr %1436, align 4
  %1438 = sext i32 %1437 to i64
  %1439 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1438, ptr noundef @.str.254, i32 noundef %1439)
  %1440 = load i32, ptr %9, align 4
  %1441 = icmp ne i32 %1440, 0
  br i1 %1441, label %1442, label %1446

1442:
  %1443 = load i32, ptr %6, align 4
  %1444 = load i32, ptr %7, align 4
  %1445 = call i32 (ptr, ...) @printf(ptr noundef @.str.113, i32 noundef %1443, i32 noundef %1444)
  br label %1446

1446:
  br label %1447

1447:
  %1448 = load i32, ptr %7, align 4
  %1449 = add nsw i32 %1448, 1
  store i32 %1449, ptr %7, align 4
  br label %1305, !llvm.loop !20

1450:
  br label %1451

1451:
  %1452 = load i32, ptr %6, align 4
  %1453 = add nsw i32 %1452, 1
  store i32 %1453, ptr %6, align 4
  br label %1301, !llvm.loop !21

1454:
  store i32 0, ptr %6, align 4
  br label %1455

1455:
  %1456 = load i32, ptr %6, align 4
  %1457 = icmp slt i32 %1456, 2
  br i1 %1457, label %1458, label %1563

1458:
  %1459 = load i32, ptr %6, align 4
  %1460 = sext i32 %1459 to i64
  %1461 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1460
  %1462 = getelementptr inbounds nuw %struct.S3, ptr %1461, i32 0, i32 0
  %1463 = getelementptr inbounds nuw %struct.S0, ptr %1462, i32 0, i32 0
  %1464 = load volatile i32, ptr %1463, align 16
  %1465 = zext i32 %1464 to i64
  %1466 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1465, ptr noundef @.str.255, i32 noundef %1466)
  %1467 = load i32, ptr %6, align 4
  %1468 = sext i32 %1467 to i64
  %1469 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1468
  %1470 = getelementptr inbounds nuw %struct.S3, ptr %1469, i32 0, i32 0
  %1471 = getelementptr inbounds nuw %struct.S0, ptr %1470, i32 0, i32 1
  %1472 = load volatile i8, ptr %1471, align 4
  %1473 = sext i8 %1472 to i64
  %1474 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1473, ptr noundef @.str.256, i32 noundef %1474)
  %1475 = load i32, ptr %6, align 4
  %1476 = sext i32 %1475 to i64
  %1477 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1476
  %1478 = getelementptr inbounds nuw %struct.S3, ptr %1477, i32 0, i32 0
  %1479 = getelementptr inbounds nuw %struct.S0, ptr %1478, i32 0, i32 2
  %1480 = load volatile i8, ptr %1479, align 1
  %1481 = zext i8 %1480 to i32
  %1482 = zext i32 %1481 to i64
  %1483 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1482, ptr noundef @.str.257, i32 noundef %1483)
  %1484 = load i32, ptr %6, align 4
  %1485 = sext i32 %1484 to i64
  %1486 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1485
  %1487 = getelementptr inbounds nuw %struct.S3, ptr %1486, i32 0, i32 0
  %1488 = getelementptr inbounds nuw %struct.S0, ptr %1487, i32 0, i32 3
  %1489 = load volatile i32, ptr %1488, align 8
  %1490 = zext i32 %1489 to i64
  %1491 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1490, ptr noundef @.str.258, i32 noundef %1491)
  %1492 = load i32, ptr %6, align 4
  %1493 = sext i32 %1492 to i64
  %1494 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1493
  %1495 = getelementptr inbounds nuw %struct.S3, ptr %1494, i32 0, i32 0
  %1496 = getelementptr inbounds nuw %struct.S0, ptr %1495, i32 0, i32 4
  %1497 = load volatile i8, ptr %1496, align 4
  %1498 = sext i8 %1497 to i64
  %1499 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1498, ptr noundef @.str.259, i32 noundef %1499)
  %1500 = load i32, ptr %6, align 4
  %1501 = sext i32 %1500 to i64
  %1502 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1501
  %1503 = getelementptr inbounds nuw %struct.S3, ptr %1502, i32 0, i32 0
  %1504 = getelementptr inbounds nuw %struct.S0, ptr %1503, i32 0, i32 5
  %1505 = load volatile i64, ptr %1504, align 16
  %1506 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1505, ptr noundef @.str.260, i32 noundef %1506)
  %1507 = load i32, ptr %6, align 4
  %1508 = sext i32 %1507 to i64
  %1509 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1508
  %1510 = getelementptr inbounds nuw %struct.S3, ptr %1509, i32 0, i32 0
  %1511 = getelementptr inbounds nuw %struct.S0, ptr %1510, i32 0, i32 6
  %1512 = load volatile i32, ptr %1511, align 8
  %1513 = shl i32 %1512, 11
  %1514 = ashr i32 %1513, 11
  %1515 = sext i32 %1514 to i64
  %1516 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1515, ptr noundef @.str.261, i32 noundef %1516)
  %1517 = load i32, ptr %6, align 4
  %1518 = sext i32 %1517 to i64
  %1519 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1518
  %1520 = getelementptr inbounds nuw %struct.S3, ptr %1519, i32 0, i32 0
  %1521 = getelementptr inbounds nuw %struct.S0, ptr %1520, i32 0, i32 7
  %1522 = load volatile i32, ptr %1521, align 4
  %1523 = zext i32 %1522 to i64
  %1524 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1523, ptr noundef @.str.262, i32 noundef %1524)
  %1525 = load i32, ptr %6, align 4
  %1526 = sext i32 %1525 to i64
  %1527 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1526
  %1528 = getelementptr inbounds nuw %struct.S3, ptr %1527, i32 0, i32 0
  %1529 = getelementptr inbounds nuw %struct.S0, ptr %1528, i32 0, i32 8
  %1530 = load volatile i16, ptr %1529, align 16
  %1531 = sext i16 %1530 to i64
  %1532 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1531, ptr noundef @.str.263, i32 noundef %1532)
  %1533 = load i32, ptr %6, align 4
  %1534 = sext i32 %1533 to i64
  %1535 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1534
  %1536 = getelementptr inbounds nuw %struct.S3, ptr %1535, i32 0, i32 1
  %1537 = load volatile i8, ptr %1536, align 8
  %1538 = zext i8 %1537 to i64
  %1539 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1538, ptr noundef @.str.264, i32 noundef %1539)
  %1540 = load i32, ptr %6, align 4
  %1541 = sext i32 %1540 to i64
  %1542 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1541
  %1543 = getelementptr inbounds nuw %struct.S3, ptr %1542, i32 0, i32 2
  %1544 = load volatile i16, ptr %1543, align 2
  %1545 = zext i16 %1544 to i64
  %1546 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1545, ptr noundef @.str.265, i32 noundef %1546)
  %1547 = load i32, ptr %6, align 4
  %1548 = sext i32 %1547 to i64
  %1549 = getelementptr inbounds [2 x %struct.S3], ptr @g_1465, i64 0, i64 %1548
  %1550 = getelementptr inbounds nuw %struct.S3, ptr %1549, i32 0, i32 3
  %1551 = load volatile i32, ptr %1550, align 4
  %1552 = sext i32 %1551 to i64
  %1553 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1552, ptr noundef @.str.266, i32 noundef %1553)
  %1554 = load i32, ptr %9, align 4
  %1555 = icmp ne i32 %1554, 0
  br i1 %1555, label %1556, label %1559

1556:
  %1557 = load i32, ptr %6, align 4
  %1558 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %1557)
  br label %1559

1559:
  br label %1560

1560:
  %1561 = load i32, ptr %6, align 4
  %1562 = add nsw i32 %1561, 1
  store i32 %1562, ptr %6, align 4
  br label %1455, !llvm.loop !22

1563:
  %1564 = load volatile i32, ptr @g_1500, align 8
  %1565 = zext i32 %1564 to i64
  %1566 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1565, ptr noundef @.str.267, i32 noundef %1566)
  %1567 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 1), align 4
  %1568 = sext i8 %1567 to i64
  %1569 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1568, ptr noundef @.str.268, i32 noundef %1569)
  %1570 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 2), align 1
  %1571 = zext i8 %1570 to i32
  %1572 = zext i32 %1571 to i64
  %1573 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1572, ptr noundef @.str.269, i32 noundef %1573)
  %1574 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 3), align 8
  %1575 = zext i32 %1574 to i64
  %1576 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1575, ptr noundef @.str.270, i32 noundef %1576)
  %1577 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 4), align 4
  %1578 = sext i8 %1577 to i64
  %1579 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1578, ptr noundef @.str.271, i32 noundef %1579)
  %1580 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 5), align 8
  %1581 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1580, ptr noundef @.str.272, i32 noundef %1581)
  %1582 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 6), align 8
  %1583 = shl i32 %1582, 11
  %1584 = ashr i32 %1583, 11
  %1585 = sext i32 %1584 to i64
  %1586 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1585, ptr noundef @.str.273, i32 noundef %1586)
  %1587 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 7), align 4
  %1588 = zext i32 %1587 to i64
  %1589 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1588, ptr noundef @.str.274, i32 noundef %1589)
  %1590 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1500, i32 0, i32 8), align 8
  %1591 = sext i16 %1590 to i64
  %1592 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1591, ptr noundef @.str.275, i32 noundef %1592)
  %1593 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1500, i32 0, i32 1), align 8
  %1594 = zext i8 %1593 to i64
  %1595 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1594, ptr noundef @.str.276, i32 noundef %1595)
  %1596 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1500, i32 0, i32 2), align 2
  %1597 = zext i16 %1596 to i64
  %1598 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1597, ptr noundef @.str.277, i32 noundef %1598)
  %1599 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1500, i32 0, i32 3), align 4
  %1600 = sext i32 %1599 to i64
  %1601 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1600, ptr noundef @.str.278, i32 noundef %1601)
  %1602 = load volatile i32, ptr @g_1504, align 8
  %1603 = zext i32 %1602 to i64
  %1604 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1603, ptr noundef @.str.279, i32 noundef %1604)
  %1605 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 1), align 4
  %1606 = sext i8 %1605 to i64
  %1607 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1606, ptr noundef @.str.280, i32 noundef %1607)
  %1608 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 2), align 1
  %1609 = zext i8 %1608 to i32
  %1610 = zext i32 %1609 to i64
  %1611 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1610, ptr noundef @.str.281, i32 noundef %1611)
  %1612 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 3), align 8
  %1613 = zext i32 %1612 to i64
  %1614 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1613, ptr noundef @.str.282, i32 noundef %1614)
  %1615 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 4), align 4
  %1616 = sext i8 %1615 to i64
  %1617 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1616, ptr noundef @.str.283, i32 noundef %1617)
  %1618 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 5), align 8
  %1619 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1618, ptr noundef @.str.284, i32 noundef %1619)
  %1620 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 6), align 8
  %1621 = shl i32 %1620, 11
  %1622 = ashr i32 %1621, 11
  %1623 = sext i32 %1622 to i64
  %1624 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1623, ptr noundef @.str.285, i32 noundef %1624)
  %1625 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 7), align 4
  %1626 = zext i32 %1625 to i64
  %1627 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1626, ptr noundef @.str.286, i32 noundef %1627)
  %1628 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1504, i32 0, i32 8), align 8
  %1629 = sext i16 %1628 to i64
  %1630 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1629, ptr noundef @.str.287, i32 noundef %1630)
  %1631 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1504, i32 0, i32 1), align 8
  %1632 = zext i8 %1631 to i64
  %1633 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1632, ptr noundef @.str.288, i32 noundef %1633)
  %1634 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1504, i32 0, i32 2), align 2
  %1635 = zext i16 %1634 to i64
  %1636 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1635, ptr noundef @.str.289, i32 noundef %1636)
  %1637 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1504, i32 0, i32 3), align 4
  %1638 = sext i32 %1637 to i64
  %1639 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1638, ptr noundef @.str.290, i32 noundef %1639)
  %1640 = load volatile i32, ptr @g_1505, align 8
  %1641 = zext i32 %1640 to i64
  %1642 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1641, ptr noundef @.str.291, i32 noundef %1642)
  %1643 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 1), align 4
  %1644 = sext i8 %1643 to i64
  %1645 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1644, ptr noundef @.str.292, i32 noundef %1645)
  %1646 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 2), align 1
  %1647 = zext i8 %1646 to i32
  %1648 = zext i32 %1647 to i64
  %1649 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1648, ptr noundef @.str.293, i32 noundef %1649)
  %1650 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 3), align 8
  %1651 = zext i32 %1650 to i64
  %1652 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1651, ptr noundef @.str.294, i32 noundef %1652)
  %1653 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 4), align 4
  %1654 = sext i8 %1653 to i64
  %1655 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1654, ptr noundef @.str.295, i32 noundef %1655)
  %1656 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 5), align 8
  %1657 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1656, ptr noundef @.str.296, i32 noundef %1657)
  %1658 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 6), align 8
  %1659 = shl i32 %1658, 11
  %1660 = ashr i32 %1659, 11
  %1661 = sext i32 %1660 to i64
  %1662 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1661, ptr noundef @.str.297, i32 noundef %1662)
  %1663 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 7), align 4
  %1664 = zext i32 %1663 to i64
  %1665 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1664, ptr noundef @.str.298, i32 noundef %1665)
  %1666 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 8), align 8
  %1667 = sext i16 %1666 to i64
  %1668 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1667, ptr noundef @.str.299, i32 noundef %1668)
  %1669 = load i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1505, i32 0, i32 1), align 8
  %1670 = zext i8 %1669 to i64
  %1671 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1670, ptr noundef @.str.300, i32 noundef %1671)
  %1672 = load i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1505, i32 0, i32 2), align 2
  %1673 = zext i16 %1672 to i64
  %1674 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1673, ptr noundef @.str.301, i32 noundef %1674)
  %1675 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1505, i32 0, i32 3), align 4
  %1676 = sext i32 %1675 to i64
  %1677 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1676, ptr noundef @.str.302, i32 noundef %1677)
  %1678 = load volatile i32, ptr @g_1527, align 8
  %1679 = zext i32 %1678 to i64
  %1680 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1679, ptr noundef @.str.303, i32 noundef %1680)
  %1681 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 1), align 4
  %1682 = sext i8 %1681 to i64
  %1683 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1682, ptr noundef @.str.304, i32 noundef %1683)
  %1684 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 2), align 1
  %1685 = zext i8 %1684 to i32
  %1686 = zext i32 %1685 to i64
  %1687 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1686, ptr noundef @.str.305, i32 noundef %1687)
  %1688 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 3), align 8
  %1689 = zext i32 %1688 to i64
  %1690 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1689, ptr noundef @.str.306, i32 noundef %1690)
  %1691 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 4), align 4
  %1692 = sext i8 %1691 to i64
  %1693 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1692, ptr noundef @.str.307, i32 noundef %1693)
  %1694 = load volatile i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 5), align 8
  %1695 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1694, ptr noundef @.str.308, i32 noundef %1695)
  %1696 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 6), align 8
  %1697 = shl i32 %1696, 11
  %1698 = ashr i32 %1697, 11
  %1699 = sext i32 %1698 to i64
  %1700 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1699, ptr noundef @.str.309, i32 noundef %1700)
  %1701 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 7), align 4
  %1702 = zext i32 %1701 to i64
  %1703 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1702, ptr noundef @.str.310, i32 noundef %1703)
  %1704 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1527, i32 0, i32 8), align 8
  %1705 = sext i16 %1704 to i64
  %1706 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1705, ptr noundef @.str.311, i32 noundef %1706)
  %1707 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1527, i32 0, i32 1), align 8
  %1708 = zext i8 %1707 to i64
  %1709 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1708, ptr noundef @.str.312, i32 noundef %1709)
  %1710 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1527, i32 0, i32 2), align 2
  %1711 = zext i16 %1710 to i64
  %1712 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1711, ptr noundef @.str.313, i32 noundef %1712)
  %1713 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_1527, i32 0, i32 3), align 4
  %1714 = sext i32 %1713 to i64
  %1715 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1714, ptr noundef @.str.314, i32 noundef %1715)
  store i32 0, ptr %6, align 4
  br label %1716

1716:
  %1717 = load i32, ptr %6, align 4
  %1718 = icmp slt i32 %1717, 6
  br i1 %1718, label %1719, label %1794

1719:
  %1720 = load i32, ptr %6, align 4
  %1721 = sext i32 %1720 to i64
  %1722 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1721
  %1723 = getelementptr inbounds nuw %struct.S0, ptr %1722, i32 0, i32 0
  %1724 = load volatile i32, ptr %1723, align 8
  %1725 = zext i32 %1724 to i64
  %1726 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1725, ptr noundef @.str.315, i32 noundef %1726)
  %1727 = load i32, ptr %6, align 4
  %1728 = sext i32 %1727 to i64
  %1729 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1728
  %1730 = getelementptr inbounds nuw %struct.S0, ptr %1729, i32 0, i32 1
  %1731 = load volatile i8, ptr %1730, align 4
  %1732 = sext i8 %1731 to i64
  %1733 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1732, ptr noundef @.str.316, i32 noundef %1733)
  %1734 = load i32, ptr %6, align 4
  %1735 = sext i32 %1734 to i64
  %1736 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1735
  %1737 = getelementptr inbounds nuw %struct.S0, ptr %1736, i32 0, i32 2
  %1738 = load volatile i8, ptr %1737, align 1
  %1739 = zext i8 %1738 to i32
  %1740 = zext i32 %1739 to i64
  %1741 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1740, ptr noundef @.str.317, i32 noundef %1741)
  %1742 = load i32, ptr %6, align 4
  %1743 = sext i32 %1742 to i64
  %1744 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1743
  %1745 = getelementptr inbounds nuw %struct.S0, ptr %1744, i32 0, i32 3
  %1746 = load volatile i32, ptr %1745, align 8
  %1747 = zext i32 %1746 to i64
  %1748 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1747, ptr noundef @.str.318, i32 noundef %1748)
  %1749 = load i32, ptr %6, align 4
  %1750 = sext i32 %1749 to i64
  %1751 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1750
  %1752 = getelementptr inbounds nuw %struct.S0, ptr %1751, i32 0, i32 4
  %1753 = load volatile i8, ptr %1752, align 4
  %1754 = sext i8 %1753 to i64
  %1755 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1754, ptr noundef @.str.319, i32 noundef %1755)
  %1756 = load i32, ptr %6, align 4
  %1757 = sext i32 %1756 to i64
  %1758 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1757
  %1759 = getelementptr inbounds nuw %struct.S0, ptr %1758, i32 0, i32 5
  %1760 = load volatile i64, ptr %1759, align 8
  %1761 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1760, ptr noundef @.str.320, i32 noundef %1761)
  %1762 = load i32, ptr %6, align 4
  %1763 = sext i32 %1762 to i64
  %1764 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1763
  %1765 = getelementptr inbounds nuw %struct.S0, ptr %1764, i32 0, i32 6
  %1766 = load volatile i32, ptr %1765, align 8
  %1767 = shl i32 %1766, 11
  %1768 = ashr i32 %1767, 11
  %1769 = sext i32 %1768 to i64
  %1770 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1769, ptr noundef @.str.321, i32 noundef %1770)
  %1771 = load i32, ptr %6, align 4
  %1772 = sext i32 %1771 to i64
  %1773 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1772
  %1774 = getelementptr inbounds nuw %struct.S0, ptr %1773, i32 0, i32 7
  %1775 = load volatile i32, ptr %1774, align 4
  %1776 = zext i32 %1775 to i64
  %1777 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1776, ptr noundef @.str.322, i32 noundef %1777)
  %1778 = load i32, ptr %6, align 4
  %1779 = sext i32 %1778 to i64
  %1780 = getelementptr inbounds [6 x %struct.S0], ptr @g_1533, i64 0, i64 %1779
  %1781 = getelementptr inbounds nuw %struct.S0, ptr %1780, i32 0, i32 8
  %1782 = load volatile i16, ptr %1781, align 8
  %1783 = sext i16 %1782 to i64
  %1784 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1783, ptr noundef @.str.323, i32 noundef %1784)
  %1785 = load i32, ptr %9, align 4
  %1786 = icmp ne i32 %1785, 0
  br i1 %1786, label %1787, label %1790

1787:
  %1788 = load i32, ptr %6, align 4
  %1789 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %1788)
  br label %1790

1790:
  br label %1791

1791:
  %1792 = load i32, ptr %6, align 4
  %1793 = add nsw i32 %1792, 1
  store i32 %1793, ptr %6, align 4
  br label %1716, !llvm.loop !23

1794:
  store i32 0, ptr %6, align 4
  br label %1795

1795:
  %1796 = load i32, ptr %6, align 4
  %1797 = icmp slt i32 %1796, 4
  br i1 %1797, label %1798, label %1843

1798:
  %1799 = load i32, ptr %6, align 4
  %1800 = sext i32 %1799 to i64
  %1801 = getelementptr inbounds [4 x %struct.S2], ptr @g_1588, i64 0, i64 %1800
  %1802 = load volatile i64, ptr %1801, align 8
  %1803 = shl i64 %1802, 44
  %1804 = ashr i64 %1803, 44
  %1805 = trunc i64 %1804 to i32
  %1806 = sext i32 %1805 to i64
  %1807 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1806, ptr noundef @.str.324, i32 noundef %1807)
  %1808 = load i32, ptr %6, align 4
  %1809 = sext i32 %1808 to i64
  %1810 = getelementptr inbounds [4 x %struct.S2], ptr @g_1588, i64 0, i64 %1809
  %1811 = load volatile i64, ptr %1810, align 8
  %1812 = shl i64 %1811, 25
  %1813 = ashr i64 %1812, 45
  %1814 = trunc i64 %1813 to i32
  %1815 = sext i32 %1814 to i64
  %1816 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1815, ptr noundef @.str.325, i32 noundef %1816)
  %1817 = load i32, ptr %6, align 4
  %1818 = sext i32 %1817 to i64
  %1819 = getelementptr inbounds [4 x %struct.S2], ptr @g_1588, i64 0, i64 %1818
  %1820 = load volatile i64, ptr %1819, align 8
  %1821 = lshr i64 %1820, 39
  %1822 = and i64 %1821, 262143
  %1823 = trunc i64 %1822 to i32
  %1824 = zext i32 %1823 to i64
  %1825 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1824, ptr noundef @.str.326, i32 noundef %1825)
  %1826 = load i32, ptr %6, align 4
  %1827 = sext i32 %1826 to i64
  %1828 = getelementptr inbounds [4 x %struct.S2], ptr @g_1588, i64 0, i64 %1827
  %1829 = load volatile i64, ptr %1828, align 8
  %1830 = ashr i64 %1829, 57
  %1831 = trunc i64 %1830 to i32
  %1832 = sext i32 %1831 to i64
  %1833 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1832, ptr noundef @.str.327, i32 noundef %1833)
  %1834 = load i32, ptr %9, align 4
  %1835 = icmp ne i32 %1834, 0
  br i1 %1835, label %1836, label %1839

1836:
  %1837 = load i32, ptr %6, align 4
  %1838 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %1837)
  br label %1839

1839:
  br label %1840

1840:
  %1841 = load i32, ptr %6, align 4
  %1842 = add nsw i32 %1841, 1
  store i32 %1842, ptr %6, align 4
  br label %1795, !llvm.loop !24

1843:
  store i32 0, ptr %6, align 4
  br label %1844

1844:
  %1845 = load i32, ptr %6, align 4
  %1846 = icmp slt i32 %1845, 4
  br i1 %1846, label %1847, label %1952

1847:
  %1848 = load i32, ptr %6, align 4
  %1849 = sext i32 %1848 to i64
  %1850 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1849
  %1851 = getelementptr inbounds nuw %struct.S3, ptr %1850, i32 0, i32 0
  %1852 = getelementptr inbounds nuw %struct.S0, ptr %1851, i32 0, i32 0
  %1853 = load volatile i32, ptr %1852, align 16
  %1854 = zext i32 %1853 to i64
  %1855 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1854, ptr noundef @.str.328, i32 noundef %1855)
  %1856 = load i32, ptr %6, align 4
  %1857 = sext i32 %1856 to i64
  %1858 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1857
  %1859 = getelementptr inbounds nuw %struct.S3, ptr %1858, i32 0, i32 0
  %1860 = getelementptr inbounds nuw %struct.S0, ptr %1859, i32 0, i32 1
  %1861 = load volatile i8, ptr %1860, align 4
  %1862 = sext i8 %1861 to i64
  %1863 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1862, ptr noundef @.str.329, i32 noundef %1863)
  %1864 = load i32, ptr %6, align 4
  %1865 = sext i32 %1864 to i64
  %1866 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1865
  %1867 = getelementptr inbounds nuw %struct.S3, ptr %1866, i32 0, i32 0
  %1868 = getelementptr inbounds nuw %struct.S0, ptr %1867, i32 0, i32 2
  %1869 = load volatile i8, ptr %1868, align 1
  %1870 = zext i8 %1869 to i32
  %1871 = zext i32 %1870 to i64
  %1872 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1871, ptr noundef @.str.330, i32 noundef %1872)
  %1873 = load i32, ptr %6, align 4
  %1874 = sext i32 %1873 to i64
  %1875 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1874
  %1876 = getelementptr inbounds nuw %struct.S3, ptr %1875, i32 0, i32 0
  %1877 = getelementptr inbounds nuw %struct.S0, ptr %1876, i32 0, i32 3
  %1878 = load volatile i32, ptr %1877, align 8
  %1879 = zext i32 %1878 to i64
  %1880 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1879, ptr noundef @.str.331, i32 noundef %1880)
  %1881 = load i32, ptr %6, align 4
  %1882 = sext i32 %1881 to i64
  %1883 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1882
  %1884 = getelementptr inbounds nuw %struct.S3, ptr %1883, i32 0, i32 0
  %1885 = getelementptr inbounds nuw %struct.S0, ptr %1884, i32 0, i32 4
  %1886 = load volatile i8, ptr %1885, align 4
  %1887 = sext i8 %1886 to i64
  %1888 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1887, ptr noundef @.str.332, i32 noundef %1888)
  %1889 = load i32, ptr %6, align 4
  %1890 = sext i32 %1889 to i64
  %1891 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1890
  %1892 = getelementptr inbounds nuw %struct.S3, ptr %1891, i32 0, i32 0
  %1893 = getelementptr inbounds nuw %struct.S0, ptr %1892, i32 0, i32 5
  %1894 = load volatile i64, ptr %1893, align 16
  %1895 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1894, ptr noundef @.str.333, i32 noundef %1895)
  %1896 = load i32, ptr %6, align 4
  %1897 = sext i32 %1896 to i64
  %1898 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1897
  %1899 = getelementptr inbounds nuw %struct.S3, ptr %1898, i32 0, i32 0
  %1900 = getelementptr inbounds nuw %struct.S0, ptr %1899, i32 0, i32 6
  %1901 = load volatile i32, ptr %1900, align 8
  %1902 = shl i32 %1901, 11
  %1903 = ashr i32 %1902, 11
  %1904 = sext i32 %1903 to i64
  %1905 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1904, ptr noundef @.str.334, i32 noundef %1905)
  %1906 = load i32, ptr %6, align 4
  %1907 = sext i32 %1906 to i64
  %1908 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1907
  %1909 = getelementptr inbounds nuw %struct.S3, ptr %1908, i32 0, i32 0
  %1910 = getelementptr inbounds nuw %struct.S0, ptr %1909, i32 0, i32 7
  %1911 = load volatile i32, ptr %1910, align 4
  %1912 = zext i32 %1911 to i64
  %1913 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1912, ptr noundef @.str.335, i32 noundef %1913)
  %1914 = load i32, ptr %6, align 4
  %1915 = sext i32 %1914 to i64
  %1916 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1915
  %1917 = getelementptr inbounds nuw %struct.S3, ptr %1916, i32 0, i32 0
  %1918 = getelementptr inbounds nuw %struct.S0, ptr %1917, i32 0, i32 8
  %1919 = load volatile i16, ptr %1918, align 16
  %1920 = sext i16 %1919 to i64
  %1921 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1920, ptr noundef @.str.336, i32 noundef %1921)
  %1922 = load i32, ptr %6, align 4
  %1923 = sext i32 %1922 to i64
  %1924 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1923
  %1925 = getelementptr inbounds nuw %struct.S3, ptr %1924, i32 0, i32 1
  %1926 = load volatile i8, ptr %1925, align 8
  %1927 = zext i8 %1926 to i64
  %1928 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1927, ptr noundef @.str.337, i32 noundef %1928)
  %1929 = load i32, ptr %6, align 4
  %1930 = sext i32 %1929 to i64
  %1931 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1930
  %1932 = getelementptr inbounds nuw %struct.S3, ptr %1931, i32 0, i32 2
  %1933 = load volatile i16, ptr %1932, align 2
  %1934 = zext i16 %1933 to i64
  %1935 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1934, ptr noundef @.str.338, i32 noundef %1935)
  %1936 = load i32, ptr %6, align 4
  %1937 = sext i32 %1936 to i64
  %1938 = getelementptr inbounds [4 x %struct.S3], ptr @g_1600, i64 0, i64 %1937
  %1939 = getelementptr inbounds nuw %struct.S3, ptr %1938, i32 0, i32 3
  %1940 = load volatile i32, ptr %1939, align 4
  %1941 = sext i32 %1940 to i64
  %1942 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1941, ptr noundef @.str.339, i32 noundef %1942)
  %1943 = load i32, ptr %9, align 4
  %1944 = icmp ne i32 %1943, 0
  br i1 %1944, label %1945, label %1948

1945:
  %1946 = load i32, ptr %6, align 4
  %1947 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %1946)
  br label %1948

1948:
  br label %1949

1949:
  %1950 = load i32, ptr %6, align 4
  %1951 = add nsw i32 %1950, 1
  store i32 %1951, ptr %6, align 4
  br label %1844, !llvm.loop !25

1952:
  %1953 = load volatile i64, ptr @g_1633, align 1
  %1954 = shl i64 %1953, 44
  %1955 = ashr i64 %1954, 44
  %1956 = trunc i64 %1955 to i32
  %1957 = sext i32 %1956 to i64
  %1958 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1957, ptr noundef @.str.340, i32 noundef %1958)
  %1959 = load volatile i64, ptr @g_1633, align 1
  %1960 = shl i64 %1959, 25
  %1961 = ashr i64 %1960, 45
  %1962 = trunc i64 %1961 to i32
  %1963 = sext i32 %1962 to i64
  %1964 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1963, ptr noundef @.str.341, i32 noundef %1964)
  %1965 = load volatile i64, ptr @g_1633, align 1
  %1966 = lshr i64 %1965, 39
  %1967 = and i64 %1966, 262143
  %1968 = trunc i64 %1967 to i32
  %1969 = zext i32 %1968 to i64
  %1970 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1969, ptr noundef @.str.342, i32 noundef %1970)
  %1971 = load volatile i64, ptr @g_1633, align 1
  %1972 = ashr i64 %1971, 57
  %1973 = trunc i64 %1972 to i32
  %1974 = sext i32 %1973 to i64
  %1975 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1974, ptr noundef @.str.343, i32 noundef %1975)
  %1976 = load i64, ptr @g_1645, align 1
  %1977 = shl i64 %1976, 44
  %1978 = ashr i64 %1977, 44
  %1979 = trunc i64 %1978 to i32
  %1980 = sext i32 %1979 to i64
  %1981 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1980, ptr noundef @.str.344, i32 noundef %1981)
  %1982 = load i64, ptr @g_1645, align 1
  %1983 = shl i64 %1982, 25
  %1984 = ashr i64 %1983, 45
  %1985 = trunc i64 %1984 to i32
  %1986 = sext i32 %1985 to i64
  %1987 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1986, ptr noundef @.str.345, i32 noundef %1987)
  %1988 = load volatile i64, ptr @g_1645, align 1
  %1989 = lshr i64 %1988, 39
  %1990 = and i64 %1989, 262143
  %1991 = trunc i64 %1990 to i32
  %1992 = zext i32 %1991 to i64
  %1993 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1992, ptr noundef @.str.346, i32 noundef %1993)
  %1994 = load i64, ptr @g_1645, align 1
  %1995 = ashr i64 %1994, 57
  %1996 = trunc i64 %1995 to i32
  %1997 = sext i32 %1996 to i64
  %1998 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1997, ptr noundef @.str.347, i32 noundef %1998)
  %1999 = load i32, ptr @crc32_context, align 4
  %2000 = zext i32 %1999 to i64
  %2001 = xor i64 %2000, 4294967295
  %2002 = trunc i64 %2001 to i32
  %2003 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %2002, i32 noundef %2003)
  ret i32 0
}

declare i32 @strcmp(ptr noundef, ptr noundef) #1

define internal void @platform_main_begin() #0 {
  ret void
}

define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 -306674912, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %36

8:
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %1, align 4
  store i32 8, ptr %4, align 4
  br label %10

10:
  %11 = load i32, ptr %4, align 4
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %28

13:
  %14 = load i32, ptr %1, align 4
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:
  %18 = load i32, ptr %1, align 4
  %19 = lshr i32 %18, 1
  %20 = xor i32 %19, -306674912
  store i32 %20, ptr %1, align 4
  br label %24

21:
  %22 = load i32, ptr %1, align 4
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %1, align 4
  br label %24

24:
  br label %25

25:
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %4, align 4
  br label %10, !llvm.loop !26

28:
  %29 = load i32, ptr %1, align 4
  %30 = load i32, ptr %3, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %31
  store i32 %29, ptr %32, align 4
  br label %33

33:
  %34 = load i32, ptr %3, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4
  br label %5, !llvm.loop !27

36:
  ret void
}

define internal i64 @func_1() #0 {
  %1 = alloca %struct.S2, align 1
  %2 = alloca i32, align 4
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [3 x ptr], align 16
  %7 = alloca [8 x ptr], align 16
  %8 = alloca i16, align 2
  %9 = alloca i32, align 4
  %10 = alloca [1 x [8 x [3 x i16]]], align 16
  %11 = alloca ptr, align 8
  %12 = alloca [9 x [2 x [3 x ptr]]], align 16
  %13 = alloca %struct.S1, align 1
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.S1, align 1
  %18 = alloca %struct.S2, align 1
  store i32 -1131388029, ptr %2, align 4
  store i16 3, ptr %3, align 2
  store i32 1670140039, ptr %4, align 4
  store ptr @g_207, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.func_1.l_1643, i64 64, i1 false)
  store i16 -25953, ptr %8, align 2
  store i32 0, ptr %9, align 4
  br label %19

19:
  %20 = load i32, ptr %9, align 4
  %21 = icmp slt i32 %20, 3
  br i1 %21, label %22, label %29

22:
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x ptr], ptr %6, i64 0, i64 %24
  store ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 1), ptr %25, align 8
  br label %26

26:
  %27 = load i32, ptr %9, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %9, align 4
  br label %19, !llvm.loop !28

29:
  %30 = load volatile i16, ptr @g_2, align 2
  %31 = icmp ne i16 %30, 0
  br i1 %31, label %32, label %33

32:
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1, ptr align 1 @g_3, i64 8, i1 false)
  br label %187

33:
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_1.l_19, i64 48, i1 false)
  store ptr @g_26, ptr %11, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.func_1.l_27, i64 432, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.func_1.l_1621, i64 8, i1 false)
  %34 = load ptr, ptr @g_889, align 8
  %35 = load volatile ptr, ptr %34, align 8
  %36 = getelementptr inbounds [1 x [8 x [3 x i16]]], ptr %10, i64 0, i64 0
  %37 = getelementptr inbounds [8 x [3 x i16]], ptr %36, i64 0, i64 1
  %38 = getelementptr inbounds [3 x i16], ptr %37, i64 0, i64 1
  %39 = load i16, ptr %38, align 2
  %40 = zext i16 %39 to i64
  %41 = icmp ule i64 4, %40
  %42 = zext i1 %41 to i32
  %43 = trunc i32 %42 to i16
  %44 = load i64, ptr @g_3, align 1
  %45 = shl i64 %44, 44
  %46 = ashr i64 %45, 44
  %47 = trunc i64 %46 to i32
  %48 = load ptr, ptr %11, align 8
  %49 = load i32, ptr %48, align 4
  %50 = or i32 %49, %47
  store i32 %50, ptr %48, align 4
  %51 = zext i32 %50 to i64
  %52 = load i64, ptr @g_3, align 1
  %53 = and i64 %51, 1048575
  %54 = and i64 %52, -1048576
  %55 = or i64 %54, %53
  store i64 %55, ptr @g_3, align 1
  %56 = shl i64 %53, 44
  %57 = ashr i64 %56, 44
  %58 = trunc i64 %57 to i32
  %59 = load i32, ptr %2, align 4
  %60 = icmp ule i32 %58, %59
  %61 = zext i1 %60 to i32
  %62 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext 14182, i32 noundef 9)
  %63 = zext i16 %62 to i32
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %65, label %71

65:
  %66 = load i64, ptr @g_3, align 1
  %67 = shl i64 %66, 25
  %68 = ashr i64 %67, 45
  %69 = trunc i64 %68 to i32
  %70 = icmp ne i32 %69, 0
  br label %71

71:
  %72 = phi i1 [ false, %33 ], [ %70, %65 ]
  %73 = zext i1 %72 to i32
  %74 = sext i32 %73 to i64
  %75 = call i64 @safe_add_func_int64_t_s_s(i64 noundef -4, i64 noundef %74)
  %76 = trunc i64 %75 to i8
  %77 = call signext i16 @func_30(i8 noundef signext %76)
  %78 = sext i16 %77 to i32
  %79 = load i32, ptr %2, align 4
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %84, label %81

81:
  %82 = load i32, ptr %2, align 4
  %83 = icmp ne i32 %82, 0
  br label %84

84:
  %85 = phi i1 [ true, %71 ], [ %83, %81 ]
  %86 = zext i1 %85 to i32
  %87 = icmp sge i32 %78, %86
  %88 = zext i1 %87 to i32
  %89 = icmp sle i32 %61, %88
  %90 = zext i1 %89 to i32
  %91 = load i8, ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([5 x %struct.S3], ptr getelementptr inbounds ([4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 3), i64 0, i64 4), i32 0, i32 1), align 8
  %92 = zext i8 %91 to i32
  %93 = load i32, ptr %2, align 4
  %94 = load i8, ptr @g_1233, align 1
  %95 = call signext i16 @func_20(i32 noundef %90, i32 noundef %92, i32 noundef %93, i8 noundef zeroext %94)
  %96 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %43, i16 noundef signext %95)
  %97 = trunc i16 %96 to i8
  %98 = load i32, ptr %2, align 4
  %99 = load i32, ptr %2, align 4
  %100 = trunc i32 %99 to i8
  %101 = load i32, ptr @g_1171, align 4
  %102 = call zeroext i16 @func_12(i8 noundef signext %97, i32 noundef %98, i8 noundef zeroext %100, i32 noundef %101)
  %103 = load i32, ptr %2, align 4
  %104 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %102, i32 noundef %103)
  %105 = zext i16 %104 to i32
  %106 = load i32, ptr %2, align 4
  %107 = trunc i32 %106 to i8
  %108 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 3), align 8
  %109 = trunc i32 %108 to i8
  %110 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 6), align 8
  %111 = shl i32 %110, 11
  %112 = ashr i32 %111, 11
  %113 = load i64, ptr %13, align 1
  %114 = call i64 @func_4(i32 noundef %105, i64 %113, i8 noundef signext %107, i8 noundef zeroext %109, i32 noundef %112)
  store i64 %114, ptr %17, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %35, ptr align 1 %17, i64 8, i1 false)
  br label %115

115:
  %116 = load i16, ptr %3, align 2
  %117 = zext i16 %116 to i32
  %118 = load i32, ptr %4, align 4
  %119 = xor i32 %118, %117
  store i32 %119, ptr %4, align 4
  %120 = load i16, ptr %3, align 2
  %121 = zext i16 %120 to i32
  %122 = load ptr, ptr %5, align 8
  store i8 -1, ptr %122, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %18, ptr align 1 @g_1633, i64 8, i1 true)
  %123 = load i16, ptr %3, align 2
  %124 = trunc i16 %123 to i8
  %125 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext -1, i8 noundef signext %124)
  %126 = sext i8 %125 to i32
  %127 = load ptr, ptr @g_180, align 8
  %128 = load ptr, ptr %127, align 8
  %129 = load i16, ptr %128, align 2
  %130 = load i16, ptr %3, align 2
  %131 = zext i16 %130 to i32
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %133, label %134

133:
  br label %134

134:
  %135 = phi i1 [ false, %115 ], [ true, %133 ]
  %136 = zext i1 %135 to i32
  %137 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 4), align 4
  %138 = sext i8 %137 to i32
  %139 = and i32 %138, 0
  %140 = load i16, ptr %3, align 2
  %141 = zext i16 %140 to i32
  %142 = icmp sgt i32 %139, %141
  %143 = zext i1 %142 to i32
  %144 = trunc i32 %143 to i16
  %145 = load ptr, ptr @g_351, align 8
  store i16 %144, ptr %145, align 2
  %146 = load i16, ptr %3, align 2
  %147 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %144, i16 noundef signext %146)
  %148 = sext i16 %147 to i32
  %149 = load i32, ptr %2, align 4
  %150 = icmp uge i32 %148, %149
  %151 = zext i1 %150 to i32
  %152 = sext i32 %151 to i64
  %153 = icmp eq i64 %152, -4
  %154 = zext i1 %153 to i32
  %155 = icmp eq i32 %136, %154
  %156 = zext i1 %155 to i32
  %157 = sext i32 %156 to i64
  %158 = icmp sge i64 %157, 3046217807
  %159 = zext i1 %158 to i32
  %160 = trunc i32 %159 to i8
  store i8 %160, ptr @g_255, align 1
  %161 = zext i8 %160 to i64
  %162 = and i64 %161, 203
  %163 = or i64 6871318411151991500, %162
  %164 = icmp ult i64 %163, 65529
  %165 = zext i1 %164 to i32
  %166 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef 37828, i32 noundef 1)
  %167 = trunc i32 %166 to i16
  %168 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %129, i16 noundef zeroext %167)
  %169 = zext i16 %168 to i32
  %170 = load i32, ptr %4, align 4
  %171 = xor i32 %169, %170
  %172 = sext i32 %171 to i64
  %173 = icmp uge i64 %172, 2
  %174 = zext i1 %173 to i32
  %175 = icmp ne i32 %126, %174
  %176 = zext i1 %175 to i32
  %177 = icmp sgt i32 %121, %176
  %178 = zext i1 %177 to i32
  %179 = trunc i32 %178 to i16
  %180 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %179, i16 noundef zeroext -7)
  %181 = zext i16 %180 to i32
  %182 = xor i32 %181, -1
  %183 = load i16, ptr %8, align 2
  %184 = zext i16 %183 to i32
  %185 = xor i32 %184, %182
  %186 = trunc i32 %185 to i16
  store i16 %186, ptr %8, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1, ptr align 1 @g_1645, i64 8, i1 false)
  br label %187

187:
  %188 = getelementptr inbounds nuw %struct.S2, ptr %1, i32 0, i32 0
  %189 = load i64, ptr %188, align 1
  ret i64 %189
}

define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  call void @crc32_8bytes(i64 noundef %7)
  %8 = load i32, ptr %6, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %16

10:
  %11 = load ptr, ptr %5, align 8
  %12 = load i32, ptr @crc32_context, align 4
  %13 = zext i32 %12 to i64
  %14 = xor i64 %13, 4294967295
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.356, ptr noundef %11, i64 noundef %14)
  br label %16

16:
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.392, i32 noundef %5)
  ret void
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

define internal i64 @func_4(i32 noundef %0, i64 %1, i8 noundef signext %2, i8 noundef zeroext %3, i32 noundef %4) #0 {
  %6 = alloca %struct.S1, align 1
  %7 = alloca %struct.S1, align 1
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca [5 x [2 x [3 x %struct.S1]]], align 16
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i64 %1, ptr %7, align 1
  store i32 %0, ptr %8, align 4
  store i8 %2, ptr %9, align 1
  store i8 %3, ptr %10, align 1
  store i32 %4, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.func_4.l_1622, i64 240, i1 false)
  store ptr @g_26, ptr %13, align 8
  store ptr %13, ptr %14, align 8
  %18 = load ptr, ptr @g_890, align 8
  %19 = getelementptr inbounds [5 x [2 x [3 x %struct.S1]]], ptr %12, i64 0, i64 3
  %20 = getelementptr inbounds [2 x [3 x %struct.S1]], ptr %19, i64 0, i64 0
  %21 = getelementptr inbounds [3 x %struct.S1], ptr %20, i64 0, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %18, ptr align 8 %21, i64 8, i1 false)
  %22 = load ptr, ptr %13, align 8
  %23 = load ptr, ptr %14, align 8
  store ptr %22, ptr %23, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 %7, i64 8, i1 false)
  %24 = load i64, ptr %6, align 1
  ret i64 %24
}

define internal zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:
  %8 = load i16, ptr %3, align 2
  %9 = zext i16 %8 to i32
  br label %15

10:
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 %12, %13
  br label %15

15:
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i16
  ret i16 %17
}

define internal zeroext i16 @func_12(i8 noundef signext %0, i32 noundef %1, i8 noundef zeroext %2, i32 noundef %3) #0 {
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca [7 x [4 x [5 x ptr]]], align 16
  %11 = alloca [1 x i8], align 1
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i8 %0, ptr %5, align 1
  store i32 %1, ptr %6, align 4
  store i8 %2, ptr %7, align 1
  store i32 %3, ptr %8, align 4
  store ptr @g_139, ptr %9, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_12.l_1613, i64 1120, i1 false)
  store i64 0, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %17

17:
  %18 = load i32, ptr %13, align 4
  %19 = icmp slt i32 %18, 1
  br i1 %19, label %20, label %27

20:
  %21 = load i32, ptr %13, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [1 x i8], ptr %11, i64 0, i64 %22
  store i8 0, ptr %23, align 1
  br label %24

24:
  %25 = load i32, ptr %13, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %13, align 4
  br label %17, !llvm.loop !29

27:
  br label %28

28:
  store i64 -18, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 5), align 8
  br label %29

29:
  %30 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 5), align 8
  %31 = icmp ule i64 %30, 33
  br i1 %31, label %32, label %42

32:
  %33 = load ptr, ptr @g_890, align 8
  %34 = load ptr, ptr @g_890, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %33, ptr align 1 %34, i64 8, i1 false)
  %35 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 5), align 8
  %36 = icmp ne i64 %35, 0
  br i1 %36, label %37, label %38

37:
  br label %28

38:
  br label %39

39:
  %40 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 5), align 8
  %41 = add i64 %40, 1
  store i64 %41, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 5), align 8
  br label %29, !llvm.loop !30

42:
  %43 = load i64, ptr %12, align 8
  %44 = add i64 %43, 1
  store i64 %44, ptr %12, align 8
  store i64 -29, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 5), align 8
  br label %45

45:
  %46 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 5), align 8
  %47 = icmp ugt i64 %46, 41
  br i1 %47, label %48, label %58

48:
  store i32 531745529, ptr %16, align 4
  %49 = load i32, ptr %16, align 4
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %51, label %52

51:
  br label %58

52:
  br label %53

53:
  %54 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 5), align 8
  %55 = trunc i64 %54 to i8
  %56 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %55, i8 noundef signext 5)
  %57 = sext i8 %56 to i64
  store i64 %57, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1505, i32 0, i32 5), align 8
  br label %45, !llvm.loop !31

58:
  %59 = load ptr, ptr %9, align 8
  %60 = load i32, ptr %59, align 4
  %61 = trunc i32 %60 to i16
  ret i16 %61
}

define internal signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

define internal signext i16 @func_20(i32 noundef %0, i32 noundef %1, i32 noundef %2, i8 noundef zeroext %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca [3 x i8], align 1
  %10 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i8 %3, ptr %8, align 1
  store i32 0, ptr %10, align 4
  br label %11

11:
  %12 = load i32, ptr %10, align 4
  %13 = icmp slt i32 %12, 3
  br i1 %13, label %14, label %21

14:
  %15 = load i32, ptr %10, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [3 x i8], ptr %9, i64 0, i64 %16
  store i8 37, ptr %17, align 1
  br label %18

18:
  %19 = load i32, ptr %10, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %10, align 4
  br label %11, !llvm.loop !32

21:
  %22 = getelementptr inbounds [3 x i8], ptr %9, i64 0, i64 1
  %23 = load i8, ptr %22, align 1
  %24 = sext i8 %23 to i16
  ret i16 %24
}

define internal signext i16 @func_30(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  %3 = alloca i16, align 2
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [7 x i32], align 16
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca i32, align 4
  %22 = alloca i64, align 8
  %23 = alloca ptr, align 8
  %24 = alloca i16, align 2
  %25 = alloca [4 x i16], align 2
  %26 = alloca %struct.S1, align 1
  %27 = alloca i32, align 4
  %28 = alloca ptr, align 8
  %29 = alloca [5 x [3 x [5 x ptr]]], align 16
  %30 = alloca %struct.S1, align 1
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca ptr, align 8
  %35 = alloca ptr, align 8
  %36 = alloca [8 x [4 x [7 x ptr]]], align 16
  %37 = alloca ptr, align 8
  %38 = alloca i16, align 2
  %39 = alloca ptr, align 8
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca i8, align 1
  %43 = alloca i32, align 4
  %44 = alloca i32, align 4
  %45 = alloca i32, align 4
  %46 = alloca %struct.S2, align 1
  %47 = alloca i64, align 8
  %48 = alloca [6 x [4 x [2 x i64]]], align 16
  %49 = alloca ptr, align 8
  %50 = alloca i32, align 4
  %51 = alloca i32, align 4
  %52 = alloca i32, align 4
  %53 = alloca i32, align 4
  store i8 %0, ptr %2, align 1
  store i16 4963, ptr %3, align 2
  store ptr @g_40, ptr %4, align 8
  store i32 -4, ptr %5, align 4
  store ptr @g_43, ptr %6, align 8
  store ptr @g_47, ptr %7, align 8
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_30.l_55, i64 28, i1 false)
  store ptr %9, ptr %11, align 8
  store ptr null, ptr %12, align 8
  store ptr %9, ptr %13, align 8
  store ptr @g_1506, ptr %14, align 8
  store ptr %14, ptr %15, align 8
  store ptr null, ptr %16, align 8
  %54 = load i16, ptr %3, align 2
  %55 = zext i16 %54 to i64
  %56 = load ptr, ptr %4, align 8
  store i64 0, ptr %56, align 8
  %57 = icmp eq i64 %55, 0
  %58 = zext i1 %57 to i32
  %59 = load ptr, ptr %6, align 8
  %60 = load i16, ptr %59, align 2
  %61 = add i16 %60, -1
  store i16 %61, ptr %59, align 2
  %62 = zext i16 %61 to i32
  %63 = load ptr, ptr %7, align 8
  %64 = load i16, ptr %63, align 2
  %65 = zext i16 %64 to i32
  %66 = or i32 %65, %62
  %67 = trunc i32 %66 to i16
  store i16 %67, ptr %63, align 2
  %68 = zext i16 %67 to i32
  %69 = xor i32 %58, %68
  %70 = load volatile ptr, ptr @g_50, align 8
  %71 = load i32, ptr %70, align 4
  %72 = and i32 %71, %69
  store i32 %72, ptr %70, align 4
  store i16 0, ptr @g_47, align 2
  br label %73

73:
  %74 = load i16, ptr @g_47, align 2
  %75 = zext i16 %74 to i32
  %76 = icmp sle i32 %75, 3
  br i1 %76, label %77, label %453

77:
  store i32 -7, ptr %18, align 4
  store ptr %5, ptr %19, align 8
  store ptr getelementptr inbounds nuw (%struct.S0, ptr @g_888, i32 0, i32 5), ptr %20, align 8
  store i32 1623524372, ptr %21, align 4
  store i64 1, ptr %22, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_943, i64 0, i64 7), ptr %23, align 8
  store i16 2, ptr %24, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %25, ptr align 2 @__const.func_30.l_1576, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %26, ptr align 1 @__const.func_30.l_1597, i64 8, i1 false)
  store i32 0, ptr @g_28, align 4
  br label %78

78:
  %79 = load i32, ptr @g_28, align 4
  %80 = icmp sle i32 %79, 3
  br i1 %80, label %81, label %447

81:
  store ptr %5, ptr %28, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %29, ptr align 8 @constinit, i64 40, i1 false)
  %82 = getelementptr inbounds [5 x ptr], ptr %29, i64 1
  store ptr %5, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %82, i64 1
  store ptr @g_28, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %82, i64 2
  store ptr %5, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %82, i64 3
  store ptr @g_28, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %82, i64 4
  store ptr %5, ptr %86, align 8
  %87 = getelementptr inbounds [5 x ptr], ptr %29, i64 2
  store ptr %5, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %87, i64 1
  store ptr @g_28, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %87, i64 2
  store ptr %5, ptr %89, align 8
  %90 = getelementptr inbounds ptr, ptr %87, i64 3
  store ptr %5, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %87, i64 4
  store ptr @g_28, ptr %91, align 8
  %92 = getelementptr inbounds [3 x [5 x ptr]], ptr %29, i64 1
  store ptr @g_28, ptr %92, align 8
  %93 = getelementptr inbounds ptr, ptr %92, i64 1
  store ptr @g_28, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %92, i64 2
  store ptr @g_28, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %92, i64 3
  store ptr @g_28, ptr %95, align 8
  %96 = getelementptr inbounds ptr, ptr %92, i64 4
  store ptr %5, ptr %96, align 8
  %97 = getelementptr inbounds [5 x ptr], ptr %92, i64 1
  store ptr @g_28, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %97, i64 1
  store ptr %5, ptr %98, align 8
  %99 = getelementptr inbounds ptr, ptr %97, i64 2
  store ptr @g_28, ptr %99, align 8
  %100 = getelementptr inbounds ptr, ptr %97, i64 3
  store ptr null, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %97, i64 4
  store ptr @g_28, ptr %101, align 8
  %102 = getelementptr inbounds [5 x ptr], ptr %92, i64 2
  store ptr %5, ptr %102, align 8
  %103 = getelementptr inbounds ptr, ptr %102, i64 1
  store ptr %5, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %102, i64 2
  store ptr %5, ptr %104, align 8
  %105 = getelementptr inbounds ptr, ptr %102, i64 3
  store ptr @g_28, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %102, i64 4
  store ptr %5, ptr %106, align 8
  %107 = getelementptr inbounds [3 x [5 x ptr]], ptr %29, i64 2
  store ptr @g_28, ptr %107, align 8
  %108 = getelementptr inbounds ptr, ptr %107, i64 1
  store ptr %5, ptr %108, align 8
  %109 = getelementptr inbounds ptr, ptr %107, i64 2
  store ptr %5, ptr %109, align 8
  %110 = getelementptr inbounds ptr, ptr %107, i64 3
  store ptr @g_28, ptr %110, align 8
  %111 = getelementptr inbounds ptr, ptr %107, i64 4
  store ptr @g_28, ptr %111, align 8
  %112 = getelementptr inbounds [5 x ptr], ptr %107, i64 1
  store ptr @g_28, ptr %112, align 8
  %113 = getelementptr inbounds ptr, ptr %112, i64 1
  store ptr %5, ptr %113, align 8
  %114 = getelementptr inbounds ptr, ptr %112, i64 2
  store ptr @g_28, ptr %114, align 8
  %115 = getelementptr inbounds ptr, ptr %112, i64 3
  store ptr null, ptr %115, align 8
  %116 = getelementptr inbounds ptr, ptr %112, i64 4
  store ptr @g_28, ptr %116, align 8
  %117 = getelementptr inbounds [5 x ptr], ptr %107, i64 2
  store ptr %5, ptr %117, align 8
  %118 = getelementptr inbounds ptr, ptr %117, i64 1
  store ptr %5, ptr %118, align 8
  %119 = getelementptr inbounds ptr, ptr %117, i64 2
  store ptr @g_28, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %117, i64 3
  store ptr @g_28, ptr %120, align 8
  %121 = getelementptr inbounds ptr, ptr %117, i64 4
  store ptr @g_28, ptr %121, align 8
  %122 = getelementptr inbounds [3 x [5 x ptr]], ptr %29, i64 3
  store ptr %5, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %122, i64 1
  store ptr %5, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %122, i64 2
  store ptr %5, ptr %124, align 8
  %125 = getelementptr inbounds ptr, ptr %122, i64 3
  store ptr %5, ptr %125, align 8
  %126 = getelementptr inbounds ptr, ptr %122, i64 4
  store ptr @g_28, ptr %126, align 8
  %127 = getelementptr inbounds [5 x ptr], ptr %122, i64 1
  store ptr @g_28, ptr %127, align 8
  %128 = getelementptr inbounds ptr, ptr %127, i64 1
  store ptr %5, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %127, i64 2
  store ptr @g_28, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %127, i64 3
  store ptr @g_28, ptr %130, align 8
  %131 = getelementptr inbounds ptr, ptr %127, i64 4
  store ptr %5, ptr %131, align 8
  %132 = getelementptr inbounds [5 x ptr], ptr %122, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %132, ptr align 8 @constinit.348, i64 40, i1 false)
  %133 = getelementptr inbounds [3 x [5 x ptr]], ptr %29, i64 4
  store ptr %5, ptr %133, align 8
  %134 = getelementptr inbounds ptr, ptr %133, i64 1
  store ptr @g_28, ptr %134, align 8
  %135 = getelementptr inbounds ptr, ptr %133, i64 2
  store ptr %5, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %133, i64 3
  store ptr @g_28, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %133, i64 4
  store ptr %5, ptr %137, align 8
  %138 = getelementptr inbounds [5 x ptr], ptr %133, i64 1
  store ptr %5, ptr %138, align 8
  %139 = getelementptr inbounds ptr, ptr %138, i64 1
  store ptr @g_28, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %138, i64 2
  store ptr %5, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %138, i64 3
  store ptr %5, ptr %141, align 8
  %142 = getelementptr inbounds ptr, ptr %138, i64 4
  store ptr @g_28, ptr %142, align 8
  %143 = getelementptr inbounds [5 x ptr], ptr %133, i64 2
  store ptr @g_28, ptr %143, align 8
  %144 = getelementptr inbounds ptr, ptr %143, i64 1
  store ptr @g_28, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %143, i64 2
  store ptr @g_28, ptr %145, align 8
  %146 = getelementptr inbounds ptr, ptr %143, i64 3
  store ptr @g_28, ptr %146, align 8
  %147 = getelementptr inbounds ptr, ptr %143, i64 4
  store ptr %5, ptr %147, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %30, ptr align 1 @__const.func_30.l_712, i64 8, i1 false)
  store ptr %30, ptr %31, align 8
  store ptr getelementptr inbounds nuw (%struct.S3, ptr @g_685, i32 0, i32 1), ptr %32, align 8
  store ptr @g_637, ptr %33, align 8
  store ptr null, ptr %34, align 8
  store ptr getelementptr inbounds ([5 x i32], ptr getelementptr inbounds ([6 x [5 x i32]], ptr @g_653, i64 0, i64 1), i64 0, i64 3), ptr %35, align 8
  store ptr %35, ptr %36, align 8
  %148 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %35, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %35, ptr %149, align 8
  %150 = getelementptr inbounds ptr, ptr %36, i64 3
  store ptr %35, ptr %150, align 8
  %151 = getelementptr inbounds ptr, ptr %36, i64 4
  store ptr %35, ptr %151, align 8
  %152 = getelementptr inbounds ptr, ptr %36, i64 5
  store ptr %35, ptr %152, align 8
  %153 = getelementptr inbounds ptr, ptr %36, i64 6
  store ptr %35, ptr %153, align 8
  %154 = getelementptr inbounds [7 x ptr], ptr %36, i64 1
  store ptr %35, ptr %154, align 8
  %155 = getelementptr inbounds ptr, ptr %154, i64 1
  store ptr %35, ptr %155, align 8
  %156 = getelementptr inbounds ptr, ptr %154, i64 2
  store ptr %35, ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %154, i64 3
  store ptr %35, ptr %157, align 8
  %158 = getelementptr inbounds ptr, ptr %154, i64 4
  store ptr %35, ptr %158, align 8
  %159 = getelementptr inbounds ptr, ptr %154, i64 5
  store ptr %35, ptr %159, align 8
  %160 = getelementptr inbounds ptr, ptr %154, i64 6
  store ptr %35, ptr %160, align 8
  %161 = getelementptr inbounds [7 x ptr], ptr %36, i64 2
  store ptr null, ptr %161, align 8
  %162 = getelementptr inbounds ptr, ptr %161, i64 1
  store ptr %35, ptr %162, align 8
  %163 = getelementptr inbounds ptr, ptr %161, i64 2
  store ptr %35, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %161, i64 3
  store ptr %35, ptr %164, align 8
  %165 = getelementptr inbounds ptr, ptr %161, i64 4
  store ptr %35, ptr %165, align 8
  %166 = getelementptr inbounds ptr, ptr %161, i64 5
  store ptr %35, ptr %166, align 8
  %167 = getelementptr inbounds ptr, ptr %161, i64 6
  store ptr %35, ptr %167, align 8
  %168 = getelementptr inbounds [7 x ptr], ptr %36, i64 3
  store ptr %35, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %168, i64 1
  store ptr %35, ptr %169, align 8
  %170 = getelementptr inbounds ptr, ptr %168, i64 2
  store ptr %35, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %168, i64 3
  store ptr %35, ptr %171, align 8
  %172 = getelementptr inbounds ptr, ptr %168, i64 4
  store ptr %35, ptr %172, align 8
  %173 = getelementptr inbounds ptr, ptr %168, i64 5
  store ptr %35, ptr %173, align 8
  %174 = getelementptr inbounds ptr, ptr %168, i64 6
  store ptr %35, ptr %174, align 8
  %175 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 1
  store ptr %35, ptr %175, align 8
  %176 = getelementptr inbounds ptr, ptr %175, i64 1
  store ptr %35, ptr %176, align 8
  %177 = getelementptr inbounds ptr, ptr %175, i64 2
  store ptr %35, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %175, i64 3
  store ptr %35, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %175, i64 4
  store ptr %35, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %175, i64 5
  store ptr %35, ptr %180, align 8
  %181 = getelementptr inbounds ptr, ptr %175, i64 6
  store ptr %35, ptr %181, align 8
  %182 = getelementptr inbounds [7 x ptr], ptr %175, i64 1
  store ptr %35, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %182, i64 1
  store ptr %35, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %182, i64 2
  store ptr %35, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %182, i64 3
  store ptr %35, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %182, i64 4
  store ptr %35, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %182, i64 5
  store ptr %35, ptr %187, align 8
  %188 = getelementptr inbounds ptr, ptr %182, i64 6
  store ptr %35, ptr %188, align 8
  %189 = getelementptr inbounds [7 x ptr], ptr %175, i64 2
  store ptr null, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %189, i64 1
  store ptr %35, ptr %190, align 8
  %191 = getelementptr inbounds ptr, ptr %189, i64 2
  store ptr %35, ptr %191, align 8
  %192 = getelementptr inbounds ptr, ptr %189, i64 3
  store ptr %35, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %189, i64 4
  store ptr %35, ptr %193, align 8
  %194 = getelementptr inbounds ptr, ptr %189, i64 5
  store ptr %35, ptr %194, align 8
  %195 = getelementptr inbounds ptr, ptr %189, i64 6
  store ptr null, ptr %195, align 8
  %196 = getelementptr inbounds [7 x ptr], ptr %175, i64 3
  store ptr %35, ptr %196, align 8
  %197 = getelementptr inbounds ptr, ptr %196, i64 1
  store ptr %35, ptr %197, align 8
  %198 = getelementptr inbounds ptr, ptr %196, i64 2
  store ptr %35, ptr %198, align 8
  %199 = getelementptr inbounds ptr, ptr %196, i64 3
  store ptr %35, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %196, i64 4
  store ptr %35, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %196, i64 5
  store ptr %35, ptr %201, align 8
  %202 = getelementptr inbounds ptr, ptr %196, i64 6
  store ptr %35, ptr %202, align 8
  %203 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 2
  store ptr %35, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %203, i64 1
  store ptr %35, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %203, i64 2
  store ptr null, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %203, i64 3
  store ptr %35, ptr %206, align 8
  %207 = getelementptr inbounds ptr, ptr %203, i64 4
  store ptr %35, ptr %207, align 8
  %208 = getelementptr inbounds ptr, ptr %203, i64 5
  store ptr %35, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %203, i64 6
  store ptr %35, ptr %209, align 8
  %210 = getelementptr inbounds [7 x ptr], ptr %203, i64 1
  store ptr %35, ptr %210, align 8
  %211 = getelementptr inbounds ptr, ptr %210, i64 1
  store ptr %35, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %210, i64 2
  store ptr %35, ptr %212, align 8
  %213 = getelementptr inbounds ptr, ptr %210, i64 3
  store ptr %35, ptr %213, align 8
  %214 = getelementptr inbounds ptr, ptr %210, i64 4
  store ptr %35, ptr %214, align 8
  %215 = getelementptr inbounds ptr, ptr %210, i64 5
  store ptr %35, ptr %215, align 8
  %216 = getelementptr inbounds ptr, ptr %210, i64 6
  store ptr %35, ptr %216, align 8
  %217 = getelementptr inbounds [7 x ptr], ptr %203, i64 2
  store ptr %35, ptr %217, align 8
  %218 = getelementptr inbounds ptr, ptr %217, i64 1
  store ptr %35, ptr %218, align 8
  %219 = getelementptr inbounds ptr, ptr %217, i64 2
  store ptr %35, ptr %219, align 8
  %220 = getelementptr inbounds ptr, ptr %217, i64 3
  store ptr %35, ptr %220, align 8
  %221 = getelementptr inbounds ptr, ptr %217, i64 4
  store ptr %35, ptr %221, align 8
  %222 = getelementptr inbounds ptr, ptr %217, i64 5
  store ptr %35, ptr %222, align 8
  %223 = getelementptr inbounds ptr, ptr %217, i64 6
  store ptr %35, ptr %223, align 8
  %224 = getelementptr inbounds [7 x ptr], ptr %203, i64 3
  store ptr %35, ptr %224, align 8
  %225 = getelementptr inbounds ptr, ptr %224, i64 1
  store ptr %35, ptr %225, align 8
  %226 = getelementptr inbounds ptr, ptr %224, i64 2
  store ptr %35, ptr %226, align 8
  %227 = getelementptr inbounds ptr, ptr %224, i64 3
  store ptr %35, ptr %227, align 8
  %228 = getelementptr inbounds ptr, ptr %224, i64 4
  store ptr %35, ptr %228, align 8
  %229 = getelementptr inbounds ptr, ptr %224, i64 5
  store ptr %35, ptr %229, align 8
  %230 = getelementptr inbounds ptr, ptr %224, i64 6
  store ptr %35, ptr %230, align 8
  %231 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 3
  store ptr %35, ptr %231, align 8
  %232 = getelementptr inbounds ptr, ptr %231, i64 1
  store ptr %35, ptr %232, align 8
  %233 = getelementptr inbounds ptr, ptr %231, i64 2
  store ptr %35, ptr %233, align 8
  %234 = getelementptr inbounds ptr, ptr %231, i64 3
  store ptr %35, ptr %234, align 8
  %235 = getelementptr inbounds ptr, ptr %231, i64 4
  store ptr %35, ptr %235, align 8
  %236 = getelementptr inbounds ptr, ptr %231, i64 5
  store ptr %35, ptr %236, align 8
  %237 = getelementptr inbounds ptr, ptr %231, i64 6
  store ptr %35, ptr %237, align 8
  %238 = getelementptr inbounds [7 x ptr], ptr %231, i64 1
  store ptr %35, ptr %238, align 8
  %239 = getelementptr inbounds ptr, ptr %238, i64 1
  store ptr %35, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %238, i64 2
  store ptr %35, ptr %240, align 8
  %241 = getelementptr inbounds ptr, ptr %238, i64 3
  store ptr %35, ptr %241, align 8
  %242 = getelementptr inbounds ptr, ptr %238, i64 4
  store ptr %35, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %238, i64 5
  store ptr %35, ptr %243, align 8
  %244 = getelementptr inbounds ptr, ptr %238, i64 6
  store ptr %35, ptr %244, align 8
  %245 = getelementptr inbounds [7 x ptr], ptr %231, i64 2
  store ptr %35, ptr %245, align 8
  %246 = getelementptr inbounds ptr, ptr %245, i64 1
  store ptr %35, ptr %246, align 8
  %247 = getelementptr inbounds ptr, ptr %245, i64 2
  store ptr %35, ptr %247, align 8
  %248 = getelementptr inbounds ptr, ptr %245, i64 3
  store ptr %35, ptr %248, align 8
  %249 = getelementptr inbounds ptr, ptr %245, i64 4
  store ptr %35, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %245, i64 5
  store ptr null, ptr %250, align 8
  %251 = getelementptr inbounds ptr, ptr %245, i64 6
  store ptr %35, ptr %251, align 8
  %252 = getelementptr inbounds [7 x ptr], ptr %231, i64 3
  store ptr %35, ptr %252, align 8
  %253 = getelementptr inbounds ptr, ptr %252, i64 1
  store ptr %35, ptr %253, align 8
  %254 = getelementptr inbounds ptr, ptr %252, i64 2
  store ptr %35, ptr %254, align 8
  %255 = getelementptr inbounds ptr, ptr %252, i64 3
  store ptr %35, ptr %255, align 8
  %256 = getelementptr inbounds ptr, ptr %252, i64 4
  store ptr %35, ptr %256, align 8
  %257 = getelementptr inbounds ptr, ptr %252, i64 5
  store ptr %35, ptr %257, align 8
  %258 = getelementptr inbounds ptr, ptr %252, i64 6
  store ptr %35, ptr %258, align 8
  %259 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 4
  store ptr %35, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %259, i64 1
  store ptr %35, ptr %260, align 8
  %261 = getelementptr inbounds ptr, ptr %259, i64 2
  store ptr %35, ptr %261, align 8
  %262 = getelementptr inbounds ptr, ptr %259, i64 3
  store ptr %35, ptr %262, align 8
  %263 = getelementptr inbounds ptr, ptr %259, i64 4
  store ptr %35, ptr %263, align 8
  %264 = getelementptr inbounds ptr, ptr %259, i64 5
  store ptr %35, ptr %264, align 8
  %265 = getelementptr inbounds ptr, ptr %259, i64 6
  store ptr %35, ptr %265, align 8
  %266 = getelementptr inbounds [7 x ptr], ptr %259, i64 1
  store ptr %35, ptr %266, align 8
  %267 = getelementptr inbounds ptr, ptr %266, i64 1
  store ptr %35, ptr %267, align 8
  %268 = getelementptr inbounds ptr, ptr %266, i64 2
  store ptr null, ptr %268, align 8
  %269 = getelementptr inbounds ptr, ptr %266, i64 3
  store ptr %35, ptr %269, align 8
  %270 = getelementptr inbounds ptr, ptr %266, i64 4
  store ptr %35, ptr %270, align 8
  %271 = getelementptr inbounds ptr, ptr %266, i64 5
  store ptr %35, ptr %271, align 8
  %272 = getelementptr inbounds ptr, ptr %266, i64 6
  store ptr %35, ptr %272, align 8
  %273 = getelementptr inbounds [7 x ptr], ptr %259, i64 2
  store ptr %35, ptr %273, align 8
  %274 = getelementptr inbounds ptr, ptr %273, i64 1
  store ptr %35, ptr %274, align 8
  %275 = getelementptr inbounds ptr, ptr %273, i64 2
  store ptr %35, ptr %275, align 8
  %276 = getelementptr inbounds ptr, ptr %273, i64 3
  store ptr %35, ptr %276, align 8
  %277 = getelementptr inbounds ptr, ptr %273, i64 4
  store ptr %35, ptr %277, align 8
  %278 = getelementptr inbounds ptr, ptr %273, i64 5
  store ptr %35, ptr %278, align 8
  %279 = getelementptr inbounds ptr, ptr %273, i64 6
  store ptr %35, ptr %279, align 8
  %280 = getelementptr inbounds [7 x ptr], ptr %259, i64 3
  store ptr %35, ptr %280, align 8
  %281 = getelementptr inbounds ptr, ptr %280, i64 1
  store ptr %35, ptr %281, align 8
  %282 = getelementptr inbounds ptr, ptr %280, i64 2
  store ptr %35, ptr %282, align 8
  %283 = getelementptr inbounds ptr, ptr %280, i64 3
  store ptr %35, ptr %283, align 8
  %284 = getelementptr inbounds ptr, ptr %280, i64 4
  store ptr %35, ptr %284, align 8
  %285 = getelementptr inbounds ptr, ptr %280, i64 5
  store ptr %35, ptr %285, align 8
  %286 = getelementptr inbounds ptr, ptr %280, i64 6
  store ptr %35, ptr %286, align 8
  %287 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 5
  store ptr %35, ptr %287, align 8
  %288 = getelementptr inbounds ptr, ptr %287, i64 1
  store ptr %35, ptr %288, align 8
  %289 = getelementptr inbounds ptr, ptr %287, i64 2
  store ptr %35, ptr %289, align 8
  %290 = getelementptr inbounds ptr, ptr %287, i64 3
  store ptr %35, ptr %290, align 8
  %291 = getelementptr inbounds ptr, ptr %287, i64 4
  store ptr %35, ptr %291, align 8
  %292 = getelementptr inbounds ptr, ptr %287, i64 5
  store ptr %35, ptr %292, align 8
  %293 = getelementptr inbounds ptr, ptr %287, i64 6
  store ptr %35, ptr %293, align 8
  %294 = getelementptr inbounds [7 x ptr], ptr %287, i64 1
  store ptr %35, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %294, i64 1
  store ptr %35, ptr %295, align 8
  %296 = getelementptr inbounds ptr, ptr %294, i64 2
  store ptr %35, ptr %296, align 8
  %297 = getelementptr inbounds ptr, ptr %294, i64 3
  store ptr %35, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %294, i64 4
  store ptr %35, ptr %298, align 8
  %299 = getelementptr inbounds ptr, ptr %294, i64 5
  store ptr %35, ptr %299, align 8
  %300 = getelementptr inbounds ptr, ptr %294, i64 6
  store ptr %35, ptr %300, align 8
  %301 = getelementptr inbounds [7 x ptr], ptr %287, i64 2
  store ptr %35, ptr %301, align 8
  %302 = getelementptr inbounds ptr, ptr %301, i64 1
  store ptr %35, ptr %302, align 8
  %303 = getelementptr inbounds ptr, ptr %301, i64 2
  store ptr %35, ptr %303, align 8
  %304 = getelementptr inbounds ptr, ptr %301, i64 3
  store ptr %35, ptr %304, align 8
  %305 = getelementptr inbounds ptr, ptr %301, i64 4
  store ptr %35, ptr %305, align 8
  %306 = getelementptr inbounds ptr, ptr %301, i64 5
  store ptr %35, ptr %306, align 8
  %307 = getelementptr inbounds ptr, ptr %301, i64 6
  store ptr %35, ptr %307, align 8
  %308 = getelementptr inbounds [7 x ptr], ptr %287, i64 3
  store ptr %35, ptr %308, align 8
  %309 = getelementptr inbounds ptr, ptr %308, i64 1
  store ptr %35, ptr %309, align 8
  %310 = getelementptr inbounds ptr, ptr %308, i64 2
  store ptr %35, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %308, i64 3
  store ptr %35, ptr %311, align 8
  %312 = getelementptr inbounds ptr, ptr %308, i64 4
  store ptr %35, ptr %312, align 8
  %313 = getelementptr inbounds ptr, ptr %308, i64 5
  store ptr null, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %308, i64 6
  store ptr %35, ptr %314, align 8
  %315 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 6
  store ptr %35, ptr %315, align 8
  %316 = getelementptr inbounds ptr, ptr %315, i64 1
  store ptr %35, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %315, i64 2
  store ptr %35, ptr %317, align 8
  %318 = getelementptr inbounds ptr, ptr %315, i64 3
  store ptr %35, ptr %318, align 8
  %319 = getelementptr inbounds ptr, ptr %315, i64 4
  store ptr %35, ptr %319, align 8
  %320 = getelementptr inbounds ptr, ptr %315, i64 5
  store ptr %35, ptr %320, align 8
  %321 = getelementptr inbounds ptr, ptr %315, i64 6
  store ptr %35, ptr %321, align 8
  %322 = getelementptr inbounds [7 x ptr], ptr %315, i64 1
  store ptr %35, ptr %322, align 8
  %323 = getelementptr inbounds ptr, ptr %322, i64 1
  store ptr %35, ptr %323, align 8
  %324 = getelementptr inbounds ptr, ptr %322, i64 2
  store ptr %35, ptr %324, align 8
  %325 = getelementptr inbounds ptr, ptr %322, i64 3
  store ptr %35, ptr %325, align 8
  %326 = getelementptr inbounds ptr, ptr %322, i64 4
  store ptr %35, ptr %326, align 8
  %327 = getelementptr inbounds ptr, ptr %322, i64 5
  store ptr %35, ptr %327, align 8
  %328 = getelementptr inbounds ptr, ptr %322, i64 6
  store ptr %35, ptr %328, align 8
  %329 = getelementptr inbounds [7 x ptr], ptr %315, i64 2
  store ptr %35, ptr %329, align 8
  %330 = getelementptr inbounds ptr, ptr %329, i64 1
  store ptr %35, ptr %330, align 8
  %331 = getelementptr inbounds ptr, ptr %329, i64 2
  store ptr null, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %329, i64 3
  store ptr %35, ptr %332, align 8
  %333 = getelementptr inbounds ptr, ptr %329, i64 4
  store ptr %35, ptr %333, align 8
  %334 = getelementptr inbounds ptr, ptr %329, i64 5
  store ptr %35, ptr %334, align 8
  %335 = getelementptr inbounds ptr, ptr %329, i64 6
  store ptr %35, ptr %335, align 8
  %336 = getelementptr inbounds [7 x ptr], ptr %315, i64 3
  store ptr %35, ptr %336, align 8
  %337 = getelementptr inbounds ptr, ptr %336, i64 1
  store ptr %35, ptr %337, align 8
  %338 = getelementptr inbounds ptr, ptr %336, i64 2
  store ptr %35, ptr %338, align 8
  %339 = getelementptr inbounds ptr, ptr %336, i64 3
  store ptr %35, ptr %339, align 8
  %340 = getelementptr inbounds ptr, ptr %336, i64 4
  store ptr %35, ptr %340, align 8
  %341 = getelementptr inbounds ptr, ptr %336, i64 5
  store ptr %35, ptr %341, align 8
  %342 = getelementptr inbounds ptr, ptr %336, i64 6
  store ptr %35, ptr %342, align 8
  %343 = getelementptr inbounds [4 x [7 x ptr]], ptr %36, i64 7
  store ptr %35, ptr %343, align 8
  %344 = getelementptr inbounds ptr, ptr %343, i64 1
  store ptr %35, ptr %344, align 8
  %345 = getelementptr inbounds ptr, ptr %343, i64 2
  store ptr %35, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %343, i64 3
  store ptr %35, ptr %346, align 8
  %347 = getelementptr inbounds ptr, ptr %343, i64 4
  store ptr %35, ptr %347, align 8
  %348 = getelementptr inbounds ptr, ptr %343, i64 5
  store ptr %35, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %343, i64 6
  store ptr %35, ptr %349, align 8
  %350 = getelementptr inbounds [7 x ptr], ptr %343, i64 1
  store ptr %35, ptr %350, align 8
  %351 = getelementptr inbounds ptr, ptr %350, i64 1
  store ptr %35, ptr %351, align 8
  %352 = getelementptr inbounds ptr, ptr %350, i64 2
  store ptr %35, ptr %352, align 8
  %353 = getelementptr inbounds ptr, ptr %350, i64 3
  store ptr %35, ptr %353, align 8
  %354 = getelementptr inbounds ptr, ptr %350, i64 4
  store ptr %35, ptr %354, align 8
  %355 = getelementptr inbounds ptr, ptr %350, i64 5
  store ptr %35, ptr %355, align 8
  %356 = getelementptr inbounds ptr, ptr %350, i64 6
  store ptr %35, ptr %356, align 8
  %357 = getelementptr inbounds [7 x ptr], ptr %343, i64 2
  store ptr %35, ptr %357, align 8
  %358 = getelementptr inbounds ptr, ptr %357, i64 1
  store ptr %35, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %357, i64 2
  store ptr %35, ptr %359, align 8
  %360 = getelementptr inbounds ptr, ptr %357, i64 3
  store ptr %35, ptr %360, align 8
  %361 = getelementptr inbounds ptr, ptr %357, i64 4
  store ptr %35, ptr %361, align 8
  %362 = getelementptr inbounds ptr, ptr %357, i64 5
  store ptr %35, ptr %362, align 8
  %363 = getelementptr inbounds ptr, ptr %357, i64 6
  store ptr %35, ptr %363, align 8
  %364 = getelementptr inbounds [7 x ptr], ptr %343, i64 3
  store ptr %35, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %364, i64 1
  store ptr %35, ptr %365, align 8
  %366 = getelementptr inbounds ptr, ptr %364, i64 2
  store ptr %35, ptr %366, align 8
  %367 = getelementptr inbounds ptr, ptr %364, i64 3
  store ptr %35, ptr %367, align 8
  %368 = getelementptr inbounds ptr, ptr %364, i64 4
  store ptr %35, ptr %368, align 8
  %369 = getelementptr inbounds ptr, ptr %364, i64 5
  store ptr %35, ptr %369, align 8
  %370 = getelementptr inbounds ptr, ptr %364, i64 6
  store ptr %35, ptr %370, align 8
  store ptr getelementptr inbounds ([5 x %struct.S3], ptr getelementptr inbounds ([4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 3), i64 0, i64 4), ptr %37, align 8
  store i16 -32077, ptr %38, align 2
  store ptr null, ptr %39, align 8
  store ptr %39, ptr %40, align 8
  store ptr %5, ptr %41, align 8
  store i8 71, ptr %42, align 1
  %371 = load i32, ptr %18, align 4
  %372 = add i32 %371, 1
  store i32 %372, ptr %18, align 4
  %373 = load ptr, ptr %19, align 8
  store ptr %373, ptr %11, align 8
  %374 = load ptr, ptr %31, align 8
  %375 = load i8, ptr %2, align 1
  %376 = sext i8 %375 to i16
  %377 = call i64 @func_64(i16 noundef signext %376)
  %378 = getelementptr inbounds nuw %struct.S2, ptr %46, i32 0, i32 0
  store i64 %377, ptr %378, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %374, ptr align 1 %30, i64 8, i1 false)
  %379 = load ptr, ptr %19, align 8
  %380 = load i32, ptr %379, align 4
  %381 = sext i32 %380 to i64
  %382 = icmp sle i64 6, %381
  %383 = zext i1 %382 to i32
  %384 = load ptr, ptr %12, align 8
  %385 = load ptr, ptr %12, align 8
  %386 = icmp ne ptr %384, %385
  %387 = zext i1 %386 to i32
  %388 = sext i32 %387 to i64
  %389 = xor i64 %388, 0
  %390 = trunc i64 %389 to i16
  %391 = load ptr, ptr @g_80, align 8
  %392 = load i16, ptr %391, align 2
  %393 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %390, i16 noundef signext %392)
  %394 = sext i16 %393 to i32
  %395 = icmp ne i32 %394, 0
  br i1 %395, label %402, label %396

396:
  %397 = load volatile i64, ptr @g_191, align 1
  %398 = shl i64 %397, 44
  %399 = ashr i64 %398, 44
  %400 = trunc i64 %399 to i32
  %401 = icmp ne i32 %400, 0
  br label %402

402:
  %403 = phi i1 [ true, %81 ], [ %401, %396 ]
  %404 = zext i1 %403 to i32
  %405 = trunc i32 %404 to i8
  %406 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %405, i32 noundef 6)
  %407 = zext i8 %406 to i16
  %408 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext -5, i16 noundef signext %407)
  %409 = sext i16 %408 to i32
  %410 = load ptr, ptr %32, align 8
  %411 = load i8, ptr %410, align 1
  %412 = zext i8 %411 to i32
  %413 = xor i32 %412, %409
  %414 = trunc i32 %413 to i8
  store i8 %414, ptr %410, align 1
  %415 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %414, i8 noundef zeroext -112)
  %416 = zext i8 %415 to i16
  %417 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %416, i16 noundef signext 4)
  %418 = trunc i16 %417 to i8
  %419 = load ptr, ptr %33, align 8
  store i8 %418, ptr %419, align 1
  %420 = sext i8 %418 to i32
  %421 = load i8, ptr %2, align 1
  %422 = sext i8 %421 to i32
  %423 = icmp sgt i32 %420, %422
  %424 = zext i1 %423 to i32
  %425 = load i8, ptr %2, align 1
  %426 = call ptr @func_61(i8 noundef zeroext %425, i32 noundef 0)
  store ptr %426, ptr %13, align 8
  %427 = icmp eq ptr %373, %426
  %428 = zext i1 %427 to i32
  %429 = load i8, ptr %2, align 1
  %430 = sext i8 %429 to i32
  %431 = and i32 %428, %430
  %432 = sext i32 %431 to i64
  %433 = icmp eq i64 %432, -1
  %434 = zext i1 %433 to i32
  %435 = load ptr, ptr %19, align 8
  store i32 %434, ptr %435, align 4
  store i32 3, ptr @g_139, align 4
  br label %436

436:
  %437 = load i32, ptr @g_139, align 4
  %438 = icmp sge i32 %437, 0
  br i1 %438, label %439, label %443

439:
  store i64 1, ptr %47, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %48, ptr align 16 @__const.func_30.l_1475, i64 384, i1 false)
  store ptr @g_1155, ptr %49, align 8
  store i32 -1, ptr %50, align 4
  br label %440

440:
  %441 = load i32, ptr @g_139, align 4
  %442 = sub nsw i32 %441, 1
  store i32 %442, ptr @g_139, align 4
  br label %436, !llvm.loop !33

443:
  br label %444

444:
  %445 = load i32, ptr @g_28, align 4
  %446 = add nsw i32 %445, 1
  store i32 %446, ptr @g_28, align 4
  br label %78, !llvm.loop !34

447:
  br label %448

448:
  %449 = load i16, ptr @g_47, align 2
  %450 = zext i16 %449 to i32
  %451 = add nsw i32 %450, 1
  %452 = trunc i32 %451 to i16
  store i16 %452, ptr @g_47, align 2
  br label %73, !llvm.loop !35

453:
  %454 = load i8, ptr %2, align 1
  %455 = sext i8 %454 to i16
  ret i16 %455
}

define internal i64 @safe_add_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %15

7:
  %8 = load i64, ptr %4, align 8
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %10, label %15

10:
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = sub nsw i64 9223372036854775807, %12
  %14 = icmp sgt i64 %11, %13
  br i1 %14, label %26, label %15

15:
  %16 = load i64, ptr %3, align 8
  %17 = icmp slt i64 %16, 0
  br i1 %17, label %18, label %28

18:
  %19 = load i64, ptr %4, align 8
  %20 = icmp slt i64 %19, 0
  br i1 %20, label %21, label %28

21:
  %22 = load i64, ptr %3, align 8
  %23 = load i64, ptr %4, align 8
  %24 = sub nsw i64 -9223372036854775808, %23
  %25 = icmp slt i64 %22, %24
  br i1 %25, label %26, label %28

26:
  %27 = load i64, ptr %3, align 8
  br label %32

28:
  %29 = load i64, ptr %3, align 8
  %30 = load i64, ptr %4, align 8
  %31 = add nsw i64 %29, %30
  br label %32

32:
  %33 = phi i64 [ %27, %26 ], [ %31, %28 ]
  ret i64 %33
}

define internal zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  br label %18

13:
  %14 = load i16, ptr %3, align 2
  %15 = zext i16 %14 to i32
  %16 = load i32, ptr %4, align 4
  %17 = ashr i32 %15, %16
  br label %18

18:
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i16
  ret i16 %20
}

define internal zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

define internal signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

define internal zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

define internal i32 @safe_mod_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:
  %8 = load i32, ptr %3, align 4
  br label %13

9:
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = urem i32 %10, %11
  br label %13

13:
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

define internal signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

define internal signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

define internal ptr @func_61(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i16, align 2
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca [8 x i32], align 16
  %20 = alloca %struct.S1, align 1
  %21 = alloca [2 x [10 x i32]], align 16
  %22 = alloca [2 x ptr], align 16
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca ptr, align 8
  %27 = alloca ptr, align 8
  %28 = alloca ptr, align 8
  %29 = alloca i8, align 1
  %30 = alloca i64, align 8
  %31 = alloca [8 x [2 x [1 x ptr]]], align 16
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca ptr, align 8
  %35 = alloca [5 x [4 x [9 x i32]]], align 16
  %36 = alloca ptr, align 8
  %37 = alloca ptr, align 8
  %38 = alloca [7 x [6 x i16]], align 16
  %39 = alloca ptr, align 8
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca ptr, align 8
  %43 = alloca i8, align 1
  %44 = alloca [2 x [8 x [1 x i8]]], align 16
  %45 = alloca ptr, align 8
  %46 = alloca i32, align 4
  %47 = alloca i32, align 4
  %48 = alloca i32, align 4
  %49 = alloca i32, align 4
  %50 = alloca ptr, align 8
  %51 = alloca i64, align 8
  %52 = alloca i16, align 2
  %53 = alloca ptr, align 8
  %54 = alloca ptr, align 8
  %55 = alloca i32, align 4
  %56 = alloca i32, align 4
  %57 = alloca i32, align 4
  %58 = alloca i32, align 4
  %59 = alloca i32, align 4
  %60 = alloca i32, align 4
  %61 = alloca i32, align 4
  %62 = alloca i32, align 4
  %63 = alloca i32, align 4
  %64 = alloca i32, align 4
  %65 = alloca i32, align 4
  %66 = alloca i32, align 4
  %67 = alloca i32, align 4
  %68 = alloca ptr, align 8
  %69 = alloca ptr, align 8
  %70 = alloca [5 x [7 x [2 x ptr]]], align 16
  %71 = alloca [10 x i64], align 16
  %72 = alloca ptr, align 8
  %73 = alloca [6 x i32], align 16
  %74 = alloca i32, align 4
  %75 = alloca ptr, align 8
  %76 = alloca i16, align 2
  %77 = alloca ptr, align 8
  %78 = alloca i32, align 4
  %79 = alloca ptr, align 8
  %80 = alloca i32, align 4
  %81 = alloca i32, align 4
  %82 = alloca i32, align 4
  %83 = alloca %struct.S3, align 8
  %84 = alloca i8, align 1
  %85 = alloca i8, align 1
  %86 = alloca ptr, align 8
  %87 = alloca ptr, align 8
  %88 = alloca i8, align 1
  %89 = alloca i32, align 4
  %90 = alloca [4 x i32], align 16
  %91 = alloca i32, align 4
  %92 = alloca ptr, align 8
  %93 = alloca ptr, align 8
  %94 = alloca ptr, align 8
  %95 = alloca ptr, align 8
  %96 = alloca ptr, align 8
  %97 = alloca ptr, align 8
  %98 = alloca ptr, align 8
  %99 = alloca [7 x ptr], align 16
  %100 = alloca i32, align 4
  %101 = alloca ptr, align 8
  %102 = alloca i32, align 4
  %103 = alloca i32, align 4
  %104 = alloca i8, align 1
  %105 = alloca [8 x [3 x ptr]], align 16
  %106 = alloca ptr, align 8
  %107 = alloca [6 x i32], align 16
  %108 = alloca ptr, align 8
  %109 = alloca i8, align 1
  %110 = alloca ptr, align 8
  %111 = alloca [7 x ptr], align 16
  %112 = alloca ptr, align 8
  %113 = alloca i32, align 4
  %114 = alloca i32, align 4
  %115 = alloca [7 x [7 x [2 x ptr]]], align 16
  %116 = alloca ptr, align 8
  %117 = alloca i8, align 1
  %118 = alloca i32, align 4
  %119 = alloca i8, align 1
  %120 = alloca [5 x i64], align 16
  %121 = alloca %struct.S1, align 1
  %122 = alloca i64, align 8
  %123 = alloca ptr, align 8
  %124 = alloca i32, align 4
  %125 = alloca [7 x [3 x i16]], align 16
  %126 = alloca i32, align 4
  %127 = alloca i32, align 4
  %128 = alloca i64, align 8
  %129 = alloca i64, align 8
  %130 = alloca i32, align 4
  %131 = alloca i32, align 4
  %132 = alloca i32, align 4
  store i8 %0, ptr %4, align 1
  store i32 %1, ptr %5, align 4
  store ptr null, ptr %6, align 8
  store ptr getelementptr inbounds ([5 x i32], ptr @g_653, i64 0, i64 2), ptr %7, align 8
  store i32 -66724151, ptr %8, align 4
  store i32 2, ptr %9, align 4
  store i32 2, ptr %10, align 4
  store ptr @g_40, ptr %11, align 8
  store ptr @g_139, ptr %12, align 8
  store ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), ptr %13, align 8
  store i16 1, ptr %14, align 2
  store ptr @g_139, ptr %15, align 8
  store i32 141537869, ptr %16, align 4
  store i32 1174590143, ptr %17, align 4
  store i32 801568073, ptr %18, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %19, ptr align 16 @__const.func_61.l_866, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %20, ptr align 1 @__const.func_61.l_934, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %21, ptr align 16 @__const.func_61.l_946, i64 80, i1 false)
  %133 = getelementptr inbounds [2 x ptr], ptr %22, i64 0, i64 0
  store ptr %133, ptr %23, align 8
  store ptr null, ptr %24, align 8
  store ptr null, ptr %25, align 8
  store ptr getelementptr inbounds ([5 x %struct.S3], ptr getelementptr inbounds ([4 x [5 x %struct.S3]], ptr @g_1009, i64 0, i64 3), i64 0, i64 4), ptr %26, align 8
  store ptr %26, ptr %27, align 8
  store ptr %27, ptr %28, align 8
  store i8 21, ptr %29, align 1
  store i64 3186112469855398351, ptr %30, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %31, ptr align 16 @__const.func_61.l_1073, i64 128, i1 false)
  store ptr null, ptr %32, align 8
  store ptr %32, ptr %33, align 8
  store ptr %33, ptr %34, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %35, ptr align 16 @__const.func_61.l_1104, i64 720, i1 false)
  store ptr @g_685, ptr %36, align 8
  store ptr %36, ptr %37, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %38, ptr align 16 @__const.func_61.l_1128, i64 84, i1 false)
  %134 = getelementptr inbounds [5 x [4 x [9 x i32]]], ptr %35, i64 0, i64 1
  %135 = getelementptr inbounds [4 x [9 x i32]], ptr %134, i64 0, i64 3
  %136 = getelementptr inbounds [9 x i32], ptr %135, i64 0, i64 5
  store ptr %136, ptr %39, align 8
  store ptr %39, ptr %40, align 8
  store ptr @g_919, ptr %41, align 8
  store ptr null, ptr %42, align 8
  store i8 -61, ptr %43, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %44, ptr align 16 @__const.func_61.l_1341, i64 16, i1 false)
  store ptr %18, ptr %45, align 8
  store i32 -1, ptr %46, align 4
  store i32 0, ptr %47, align 4
  br label %137

137:
  %138 = load i32, ptr %47, align 4
  %139 = icmp slt i32 %138, 2
  br i1 %139, label %140, label %147

140:
  %141 = load i32, ptr %47, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [2 x ptr], ptr %22, i64 0, i64 %142
  store ptr @g_198, ptr %143, align 8
  br label %144

144:
  %145 = load i32, ptr %47, align 4
  %146 = add nsw i32 %145, 1
  store i32 %146, ptr %47, align 4
  br label %137, !llvm.loop !36

147:
  br label %148

148:
  %149 = load volatile ptr, ptr @g_731, align 8
  %150 = icmp ne ptr %149, null
  %151 = zext i1 %150 to i32
  %152 = sext i32 %151 to i64
  %153 = xor i64 %152, 1
  %154 = load ptr, ptr %7, align 8
  %155 = icmp eq ptr null, %154
  %156 = zext i1 %155 to i32
  %157 = load i8, ptr %4, align 1
  %158 = zext i8 %157 to i32
  %159 = icmp slt i32 %156, %158
  %160 = zext i1 %159 to i32
  %161 = sext i32 %160 to i64
  %162 = call i64 @safe_mul_func_uint64_t_u_u(i64 noundef %153, i64 noundef %161)
  %163 = trunc i64 %162 to i32
  store i32 %163, ptr %8, align 4
  %164 = load i8, ptr %4, align 1
  %165 = zext i8 %164 to i16
  %166 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %165, i32 noundef 8)
  %167 = sext i16 %166 to i32
  %168 = icmp ne i32 %163, %167
  %169 = zext i1 %168 to i32
  %170 = trunc i32 %169 to i16
  store i32 0, ptr %9, align 4
  %171 = load ptr, ptr @g_351, align 8
  %172 = load i16, ptr %171, align 2
  %173 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %170, i16 noundef zeroext %172)
  %174 = zext i16 %173 to i32
  store i32 %174, ptr %10, align 4
  %175 = load ptr, ptr %11, align 8
  %176 = load ptr, ptr %11, align 8
  %177 = icmp ne ptr %175, %176
  %178 = zext i1 %177 to i32
  %179 = load i32, ptr %5, align 4
  %180 = trunc i32 %179 to i16
  %181 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext -1, i16 noundef signext %180)
  %182 = sext i16 %181 to i32
  %183 = load i32, ptr %5, align 4
  %184 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %182, i32 noundef %183)
  %185 = load i32, ptr %9, align 4
  %186 = icmp ne i32 %184, %185
  %187 = zext i1 %186 to i32
  %188 = or i32 %178, %187
  %189 = trunc i32 %188 to i8
  %190 = load i32, ptr %8, align 4
  %191 = load i32, ptr %10, align 4
  %192 = xor i32 %191, %190
  store i32 %192, ptr %10, align 4
  %193 = load i32, ptr %8, align 4
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %195, label %196

195:
  br label %196

196:
  %197 = phi i1 [ false, %148 ], [ true, %195 ]
  %198 = xor i1 %197, true
  %199 = zext i1 %198 to i32
  %200 = trunc i32 %199 to i16
  %201 = call signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %200)
  %202 = sext i16 %201 to i32
  %203 = load ptr, ptr %12, align 8
  store i32 %202, ptr %203, align 4
  %204 = icmp ne i32 %202, 0
  %205 = zext i1 %204 to i32
  %206 = trunc i32 %205 to i8
  %207 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %189, i8 noundef signext %206)
  %208 = sext i8 %207 to i32
  %209 = icmp ne i32 %208, 0
  br i1 %209, label %214, label %210

210:
  %211 = load ptr, ptr %12, align 8
  %212 = load i32, ptr %211, align 4
  %213 = icmp ne i32 %212, 0
  br label %214

214:
  %215 = phi i1 [ true, %196 ], [ %213, %210 ]
  %216 = zext i1 %215 to i32
  %217 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 2), align 1
  %218 = zext i8 %217 to i32
  %219 = icmp eq i32 %216, %218
  br i1 %219, label %220, label %222

220:
  store ptr @g_752, ptr %50, align 8
  %221 = load ptr, ptr %50, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %221, ptr align 1 @g_186, i64 8, i1 true)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 @g_186, ptr align 1 %221, i64 8, i1 true)
  br label %565

222:
  store i64 2742726732129921295, ptr %51, align 8
  store i16 13281, ptr %52, align 2
  store ptr @g_47, ptr %53, align 8
  store ptr %10, ptr %54, align 8
  store i32 -1934396705, ptr %55, align 4
  store i32 2095822904, ptr %56, align 4
  store i32 773288794, ptr %57, align 4
  store i32 5, ptr %58, align 4
  store i32 -1510616831, ptr %59, align 4
  store i32 329660738, ptr %60, align 4
  store i32 2, ptr %61, align 4
  store i32 1, ptr %62, align 4
  store i32 1, ptr %63, align 4
  store i32 -8, ptr %64, align 4
  store i32 -1663923353, ptr %65, align 4
  store i32 0, ptr %66, align 4
  store i32 0, ptr %67, align 4
  store ptr null, ptr %68, align 8
  store ptr @g_413, ptr %69, align 8
  store ptr %69, ptr %70, align 8
  %223 = getelementptr inbounds ptr, ptr %70, i64 1
  store ptr %69, ptr %223, align 8
  %224 = getelementptr inbounds [2 x ptr], ptr %70, i64 1
  store ptr %69, ptr %224, align 8
  %225 = getelementptr inbounds ptr, ptr %224, i64 1
  store ptr %69, ptr %225, align 8
  %226 = getelementptr inbounds [2 x ptr], ptr %70, i64 2
  store ptr %69, ptr %226, align 8
  %227 = getelementptr inbounds ptr, ptr %226, i64 1
  store ptr %69, ptr %227, align 8
  %228 = getelementptr inbounds [2 x ptr], ptr %70, i64 3
  store ptr %69, ptr %228, align 8
  %229 = getelementptr inbounds ptr, ptr %228, i64 1
  store ptr null, ptr %229, align 8
  %230 = getelementptr inbounds [2 x ptr], ptr %70, i64 4
  store ptr %69, ptr %230, align 8
  %231 = getelementptr inbounds ptr, ptr %230, i64 1
  store ptr %69, ptr %231, align 8
  %232 = getelementptr inbounds [2 x ptr], ptr %70, i64 5
  store ptr %69, ptr %232, align 8
  %233 = getelementptr inbounds ptr, ptr %232, i64 1
  store ptr %69, ptr %233, align 8
  %234 = getelementptr inbounds [2 x ptr], ptr %70, i64 6
  store ptr %69, ptr %234, align 8
  %235 = getelementptr inbounds ptr, ptr %234, i64 1
  store ptr %69, ptr %235, align 8
  %236 = getelementptr inbounds [7 x [2 x ptr]], ptr %70, i64 1
  store ptr %69, ptr %236, align 8
  %237 = getelementptr inbounds ptr, ptr %236, i64 1
  store ptr %69, ptr %237, align 8
  %238 = getelementptr inbounds [2 x ptr], ptr %236, i64 1
  store ptr %69, ptr %238, align 8
  %239 = getelementptr inbounds ptr, ptr %238, i64 1
  store ptr null, ptr %239, align 8
  %240 = getelementptr inbounds [2 x ptr], ptr %236, i64 2
  store ptr %69, ptr %240, align 8
  %241 = getelementptr inbounds ptr, ptr %240, i64 1
  store ptr %69, ptr %241, align 8
  %242 = getelementptr inbounds [2 x ptr], ptr %236, i64 3
  store ptr %69, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %242, i64 1
  store ptr %69, ptr %243, align 8
  %244 = getelementptr inbounds [2 x ptr], ptr %236, i64 4
  store ptr %69, ptr %244, align 8
  %245 = getelementptr inbounds ptr, ptr %244, i64 1
  store ptr %69, ptr %245, align 8
  %246 = getelementptr inbounds [2 x ptr], ptr %236, i64 5
  store ptr %69, ptr %246, align 8
  %247 = getelementptr inbounds ptr, ptr %246, i64 1
  store ptr %69, ptr %247, align 8
  %248 = getelementptr inbounds [2 x ptr], ptr %236, i64 6
  store ptr %69, ptr %248, align 8
  %249 = getelementptr inbounds ptr, ptr %248, i64 1
  store ptr %69, ptr %249, align 8
  %250 = getelementptr inbounds [7 x [2 x ptr]], ptr %70, i64 2
  store ptr %69, ptr %250, align 8
  %251 = getelementptr inbounds ptr, ptr %250, i64 1
  store ptr null, ptr %251, align 8
  %252 = getelementptr inbounds [2 x ptr], ptr %250, i64 1
  store ptr %69, ptr %252, align 8
  %253 = getelementptr inbounds ptr, ptr %252, i64 1
  store ptr %69, ptr %253, align 8
  %254 = getelementptr inbounds [2 x ptr], ptr %250, i64 2
  store ptr %69, ptr %254, align 8
  %255 = getelementptr inbounds ptr, ptr %254, i64 1
  store ptr %69, ptr %255, align 8
  %256 = getelementptr inbounds [2 x ptr], ptr %250, i64 3
  store ptr %69, ptr %256, align 8
  %257 = getelementptr inbounds ptr, ptr %256, i64 1
  store ptr %69, ptr %257, align 8
  %258 = getelementptr inbounds [2 x ptr], ptr %250, i64 4
  store ptr %69, ptr %258, align 8
  %259 = getelementptr inbounds ptr, ptr %258, i64 1
  store ptr %69, ptr %259, align 8
  %260 = getelementptr inbounds [2 x ptr], ptr %250, i64 5
  store ptr %69, ptr %260, align 8
  %261 = getelementptr inbounds ptr, ptr %260, i64 1
  store ptr null, ptr %261, align 8
  %262 = getelementptr inbounds [2 x ptr], ptr %250, i64 6
  store ptr %69, ptr %262, align 8
  %263 = getelementptr inbounds ptr, ptr %262, i64 1
  store ptr %69, ptr %263, align 8
  %264 = getelementptr inbounds [7 x [2 x ptr]], ptr %70, i64 3
  store ptr %69, ptr %264, align 8
  %265 = getelementptr inbounds ptr, ptr %264, i64 1
  store ptr %69, ptr %265, align 8
  %266 = getelementptr inbounds [2 x ptr], ptr %264, i64 1
  store ptr %69, ptr %266, align 8
  %267 = getelementptr inbounds ptr, ptr %266, i64 1
  store ptr %69, ptr %267, align 8
  %268 = getelementptr inbounds [2 x ptr], ptr %264, i64 2
  store ptr %69, ptr %268, align 8
  %269 = getelementptr inbounds ptr, ptr %268, i64 1
  store ptr %69, ptr %269, align 8
  %270 = getelementptr inbounds [2 x ptr], ptr %264, i64 3
  store ptr %69, ptr %270, align 8
  %271 = getelementptr inbounds ptr, ptr %270, i64 1
  store ptr %69, ptr %271, align 8
  %272 = getelementptr inbounds [2 x ptr], ptr %264, i64 4
  store ptr %69, ptr %272, align 8
  %273 = getelementptr inbounds ptr, ptr %272, i64 1
  store ptr null, ptr %273, align 8
  %274 = getelementptr inbounds [2 x ptr], ptr %264, i64 5
  store ptr %69, ptr %274, align 8
  %275 = getelementptr inbounds ptr, ptr %274, i64 1
  store ptr %69, ptr %275, align 8
  %276 = getelementptr inbounds [2 x ptr], ptr %264, i64 6
  store ptr %69, ptr %276, align 8
  %277 = getelementptr inbounds ptr, ptr %276, i64 1
  store ptr %69, ptr %277, align 8
  %278 = getelementptr inbounds [7 x [2 x ptr]], ptr %70, i64 4
  store ptr %69, ptr %278, align 8
  %279 = getelementptr inbounds ptr, ptr %278, i64 1
  store ptr %69, ptr %279, align 8
  %280 = getelementptr inbounds [2 x ptr], ptr %278, i64 1
  store ptr %69, ptr %280, align 8
  %281 = getelementptr inbounds ptr, ptr %280, i64 1
  store ptr %69, ptr %281, align 8
  %282 = getelementptr inbounds [2 x ptr], ptr %278, i64 2
  store ptr %69, ptr %282, align 8
  %283 = getelementptr inbounds ptr, ptr %282, i64 1
  store ptr null, ptr %283, align 8
  %284 = getelementptr inbounds [2 x ptr], ptr %278, i64 3
  store ptr %69, ptr %284, align 8
  %285 = getelementptr inbounds ptr, ptr %284, i64 1
  store ptr %69, ptr %285, align 8
  %286 = getelementptr inbounds [2 x ptr], ptr %278, i64 4
  store ptr %69, ptr %286, align 8
  %287 = getelementptr inbounds ptr, ptr %286, i64 1
  store ptr %69, ptr %287, align 8
  %288 = getelementptr inbounds [2 x ptr], ptr %278, i64 5
  store ptr %69, ptr %288, align 8
  %289 = getelementptr inbounds ptr, ptr %288, i64 1
  store ptr %69, ptr %289, align 8
  %290 = getelementptr inbounds [2 x ptr], ptr %278, i64 6
  store ptr %69, ptr %290, align 8
  %291 = getelementptr inbounds ptr, ptr %290, i64 1
  store ptr %69, ptr %291, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %71, ptr align 16 @__const.func_61.l_976, i64 80, i1 false)
  store ptr %27, ptr %72, align 8
  store i32 1, ptr %74, align 4
  store ptr null, ptr %75, align 8
  store i16 14172, ptr %76, align 2
  store ptr %20, ptr %77, align 8
  store i32 0, ptr %78, align 4
  store ptr @g_198, ptr %79, align 8
  store i32 0, ptr %80, align 4
  br label %292

292:
  %293 = load i32, ptr %80, align 4
  %294 = icmp slt i32 %293, 6
  br i1 %294, label %295, label %302

295:
  %296 = load i32, ptr %80, align 4
  %297 = sext i32 %296 to i64
  %298 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 %297
  store i32 -218861020, ptr %298, align 4
  br label %299

299:
  %300 = load i32, ptr %80, align 4
  %301 = add nsw i32 %300, 1
  store i32 %301, ptr %80, align 4
  br label %292, !llvm.loop !37

302:
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %83, ptr align 8 @g_753, i64 48, i1 true)
  %303 = load ptr, ptr %13, align 8
  %304 = icmp ne ptr null, %303
  br i1 %304, label %305, label %321

305:
  store i8 -1, ptr %84, align 1
  store i8 89, ptr %85, align 1
  store ptr null, ptr %86, align 8
  store ptr null, ptr %87, align 8
  store i8 -43, ptr %88, align 1
  store i32 -1, ptr %89, align 4
  store i32 0, ptr %91, align 4
  br label %306

306:
  %307 = load i32, ptr %91, align 4
  %308 = icmp slt i32 %307, 4
  br i1 %308, label %309, label %316

309:
  %310 = load i32, ptr %91, align 4
  %311 = sext i32 %310 to i64
  %312 = getelementptr inbounds [4 x i32], ptr %90, i64 0, i64 %311
  store i32 988095566, ptr %312, align 4
  br label %313

313:
  %314 = load i32, ptr %91, align 4
  %315 = add nsw i32 %314, 1
  store i32 %315, ptr %91, align 4
  br label %306, !llvm.loop !38

316:
  %317 = load i32, ptr %5, align 4
  %318 = icmp ne i32 %317, 0
  br i1 %318, label %319, label %320

319:
  br label %148

320:
  br label %362

321:
  store ptr %59, ptr %92, align 8
  %322 = load i8, ptr %4, align 1
  %323 = zext i8 %322 to i32
  %324 = load ptr, ptr %15, align 8
  %325 = load i32, ptr %324, align 4
  %326 = xor i32 %325, %323
  store i32 %326, ptr %324, align 4
  %327 = load ptr, ptr %54, align 8
  %328 = load i32, ptr %327, align 4
  %329 = load volatile ptr, ptr @g_50, align 8
  %330 = load i32, ptr %329, align 4
  %331 = sext i32 %330 to i64
  %332 = icmp sge i64 1, %331
  %333 = zext i1 %332 to i32
  %334 = load ptr, ptr %15, align 8
  store i32 %333, ptr %334, align 4
  %335 = load ptr, ptr %92, align 8
  %336 = load i32, ptr %335, align 4
  %337 = and i32 %336, %333
  store i32 %337, ptr %335, align 4
  %338 = sext i32 %337 to i64
  %339 = icmp ne i64 1876260009, %338
  %340 = zext i1 %339 to i32
  %341 = trunc i32 %340 to i8
  %342 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %341, i32 noundef 5)
  %343 = icmp ne i8 %342, 0
  br i1 %343, label %348, label %344

344:
  %345 = getelementptr inbounds [8 x i32], ptr %19, i64 0, i64 0
  store ptr %345, ptr %93, align 8
  store ptr %17, ptr %94, align 8
  %346 = load volatile ptr, ptr @g_200, align 8
  %347 = load ptr, ptr %346, align 8
  store ptr %347, ptr %3, align 8
  br label %568

348:
  store ptr @g_383, ptr %95, align 8
  store ptr null, ptr %96, align 8
  store ptr null, ptr %97, align 8
  %349 = load ptr, ptr %95, align 8
  %350 = load volatile ptr, ptr @g_918, align 8
  store ptr %349, ptr %350, align 8
  store i32 0, ptr %56, align 4
  br label %351

351:
  %352 = load i32, ptr %56, align 4
  %353 = icmp sgt i32 %352, 6
  br i1 %353, label %354, label %360

354:
  %355 = load volatile ptr, ptr @g_872, align 8
  %356 = load ptr, ptr %355, align 8
  store ptr %356, ptr %3, align 8
  br label %568

357:
  %358 = load i32, ptr %56, align 4
  %359 = add nsw i32 %358, 1
  store i32 %359, ptr %56, align 4
  br label %351, !llvm.loop !39

360:
  br label %361

361:
  br label %362

362:
  store i32 -20, ptr @g_270, align 4
  br label %363

363:
  %364 = load i32, ptr @g_270, align 4
  %365 = icmp sge i32 %364, 16
  br i1 %365, label %366, label %431

366:
  store ptr getelementptr inbounds ([4 x [5 x ptr]], ptr @g_508, i64 0, i64 1), ptr %98, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %99, ptr align 16 @__const.func_61.l_944, i64 56, i1 false)
  store i32 1291501193, ptr %100, align 4
  store ptr %14, ptr %101, align 8
  store i32 -843953817, ptr %102, align 4
  store i32 1, ptr %103, align 4
  store i8 1, ptr %104, align 1
  store ptr %6, ptr %105, align 8
  %367 = getelementptr inbounds ptr, ptr %105, i64 1
  store ptr %6, ptr %367, align 8
  %368 = getelementptr inbounds ptr, ptr %105, i64 2
  store ptr %6, ptr %368, align 8
  %369 = getelementptr inbounds [3 x ptr], ptr %105, i64 1
  store ptr %6, ptr %369, align 8
  %370 = getelementptr inbounds ptr, ptr %369, i64 1
  store ptr %6, ptr %370, align 8
  %371 = getelementptr inbounds ptr, ptr %369, i64 2
  store ptr %6, ptr %371, align 8
  %372 = getelementptr inbounds [3 x ptr], ptr %105, i64 2
  store ptr %6, ptr %372, align 8
  %373 = getelementptr inbounds ptr, ptr %372, i64 1
  store ptr %6, ptr %373, align 8
  %374 = getelementptr inbounds ptr, ptr %372, i64 2
  store ptr %6, ptr %374, align 8
  %375 = getelementptr inbounds [3 x ptr], ptr %105, i64 3
  store ptr %6, ptr %375, align 8
  %376 = getelementptr inbounds ptr, ptr %375, i64 1
  store ptr %6, ptr %376, align 8
  %377 = getelementptr inbounds ptr, ptr %375, i64 2
  store ptr %6, ptr %377, align 8
  %378 = getelementptr inbounds [3 x ptr], ptr %105, i64 4
  store ptr %6, ptr %378, align 8
  %379 = getelementptr inbounds ptr, ptr %378, i64 1
  store ptr %6, ptr %379, align 8
  %380 = getelementptr inbounds ptr, ptr %378, i64 2
  store ptr %6, ptr %380, align 8
  %381 = getelementptr inbounds [3 x ptr], ptr %105, i64 5
  store ptr %6, ptr %381, align 8
  %382 = getelementptr inbounds ptr, ptr %381, i64 1
  store ptr %6, ptr %382, align 8
  %383 = getelementptr inbounds ptr, ptr %381, i64 2
  store ptr %6, ptr %383, align 8
  %384 = getelementptr inbounds [3 x ptr], ptr %105, i64 6
  store ptr %6, ptr %384, align 8
  %385 = getelementptr inbounds ptr, ptr %384, i64 1
  store ptr %6, ptr %385, align 8
  %386 = getelementptr inbounds ptr, ptr %384, i64 2
  store ptr %6, ptr %386, align 8
  %387 = getelementptr inbounds [3 x ptr], ptr %105, i64 7
  store ptr %6, ptr %387, align 8
  %388 = getelementptr inbounds ptr, ptr %387, i64 1
  store ptr %6, ptr %388, align 8
  %389 = getelementptr inbounds ptr, ptr %387, i64 2
  store ptr %6, ptr %389, align 8
  %390 = getelementptr inbounds [8 x [3 x ptr]], ptr %105, i64 0, i64 3
  %391 = getelementptr inbounds [3 x ptr], ptr %390, i64 0, i64 2
  store ptr %391, ptr %106, align 8
  %392 = getelementptr inbounds [5 x [7 x [2 x ptr]]], ptr %70, i64 0, i64 0
  %393 = getelementptr inbounds [7 x [2 x ptr]], ptr %392, i64 0, i64 6
  %394 = getelementptr inbounds [2 x ptr], ptr %393, i64 0, i64 0
  store ptr %394, ptr %108, align 8
  store i8 71, ptr %109, align 1
  store ptr null, ptr %110, align 8
  %395 = getelementptr inbounds [5 x [4 x [9 x i32]]], ptr %35, i64 0, i64 4
  %396 = getelementptr inbounds [4 x [9 x i32]], ptr %395, i64 0, i64 3
  %397 = getelementptr inbounds [9 x i32], ptr %396, i64 0, i64 1
  store ptr %397, ptr %111, align 8
  %398 = getelementptr inbounds ptr, ptr %111, i64 1
  %399 = getelementptr inbounds [5 x [4 x [9 x i32]]], ptr %35, i64 0, i64 4
  %400 = getelementptr inbounds [4 x [9 x i32]], ptr %399, i64 0, i64 3
  %401 = getelementptr inbounds [9 x i32], ptr %400, i64 0, i64 1
  store ptr %401, ptr %398, align 8
  %402 = getelementptr inbounds ptr, ptr %111, i64 2
  store ptr @g_1098, ptr %402, align 8
  %403 = getelementptr inbounds ptr, ptr %111, i64 3
  %404 = getelementptr inbounds [5 x [4 x [9 x i32]]], ptr %35, i64 0, i64 4
  %405 = getelementptr inbounds [4 x [9 x i32]], ptr %404, i64 0, i64 3
  %406 = getelementptr inbounds [9 x i32], ptr %405, i64 0, i64 1
  store ptr %406, ptr %403, align 8
  %407 = getelementptr inbounds ptr, ptr %111, i64 4
  %408 = getelementptr inbounds [5 x [4 x [9 x i32]]], ptr %35, i64 0, i64 4
  %409 = getelementptr inbounds [4 x [9 x i32]], ptr %408, i64 0, i64 3
  %410 = getelementptr inbounds [9 x i32], ptr %409, i64 0, i64 1
  store ptr %410, ptr %407, align 8
  %411 = getelementptr inbounds ptr, ptr %111, i64 5
  store ptr @g_1098, ptr %411, align 8
  %412 = getelementptr inbounds ptr, ptr %111, i64 6
  %413 = getelementptr inbounds [5 x [4 x [9 x i32]]], ptr %35, i64 0, i64 4
  %414 = getelementptr inbounds [4 x [9 x i32]], ptr %413, i64 0, i64 3
  %415 = getelementptr inbounds [9 x i32], ptr %414, i64 0, i64 1
  store ptr %415, ptr %412, align 8
  %416 = getelementptr inbounds [7 x ptr], ptr %111, i64 0, i64 3
  store ptr %416, ptr %112, align 8
  store i32 0, ptr %113, align 4
  br label %417

417:
  %418 = load i32, ptr %113, align 4
  %419 = icmp slt i32 %418, 6
  br i1 %419, label %420, label %427

420:
  %421 = load i32, ptr %113, align 4
  %422 = sext i32 %421 to i64
  %423 = getelementptr inbounds [6 x i32], ptr %107, i64 0, i64 %422
  store i32 -621114751, ptr %423, align 4
  br label %424

424:
  %425 = load i32, ptr %113, align 4
  %426 = add nsw i32 %425, 1
  store i32 %426, ptr %113, align 4
  br label %417, !llvm.loop !40

427:
  br label %428

428:
  %429 = load i32, ptr @g_270, align 4
  %430 = add nsw i32 %429, 1
  store i32 %430, ptr @g_270, align 4
  br label %363, !llvm.loop !41

431:
  store i8 0, ptr %4, align 1
  br label %432

432:
  %433 = load i8, ptr %4, align 1
  %434 = zext i8 %433 to i32
  %435 = icmp slt i32 %434, 49
  br i1 %435, label %436, label %562

436:
  store ptr %58, ptr %115, align 8
  %437 = getelementptr inbounds ptr, ptr %115, i64 1
  store ptr %55, ptr %437, align 8
  %438 = getelementptr inbounds [2 x ptr], ptr %115, i64 1
  store ptr %57, ptr %438, align 8
  %439 = getelementptr inbounds ptr, ptr %438, i64 1
  %440 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %440, ptr %439, align 8
  %441 = getelementptr inbounds [2 x ptr], ptr %115, i64 2
  store ptr %57, ptr %441, align 8
  %442 = getelementptr inbounds ptr, ptr %441, i64 1
  store ptr %9, ptr %442, align 8
  %443 = getelementptr inbounds [2 x ptr], ptr %115, i64 3
  store ptr null, ptr %443, align 8
  %444 = getelementptr inbounds ptr, ptr %443, i64 1
  store ptr %60, ptr %444, align 8
  %445 = getelementptr inbounds [2 x ptr], ptr %115, i64 4
  store ptr null, ptr %445, align 8
  %446 = getelementptr inbounds ptr, ptr %445, i64 1
  store ptr %57, ptr %446, align 8
  %447 = getelementptr inbounds [2 x ptr], ptr %115, i64 5
  %448 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %448, ptr %447, align 8
  %449 = getelementptr inbounds ptr, ptr %447, i64 1
  store ptr %55, ptr %449, align 8
  %450 = getelementptr inbounds [2 x ptr], ptr %115, i64 6
  store ptr @g_28, ptr %450, align 8
  %451 = getelementptr inbounds ptr, ptr %450, i64 1
  store ptr %60, ptr %451, align 8
  %452 = getelementptr inbounds [7 x [2 x ptr]], ptr %115, i64 1
  store ptr null, ptr %452, align 8
  %453 = getelementptr inbounds ptr, ptr %452, i64 1
  store ptr null, ptr %453, align 8
  %454 = getelementptr inbounds [2 x ptr], ptr %452, i64 1
  store ptr %62, ptr %454, align 8
  %455 = getelementptr inbounds ptr, ptr %454, i64 1
  store ptr null, ptr %455, align 8
  %456 = getelementptr inbounds [2 x ptr], ptr %452, i64 2
  store ptr null, ptr %456, align 8
  %457 = getelementptr inbounds ptr, ptr %456, i64 1
  store ptr %60, ptr %457, align 8
  %458 = getelementptr inbounds [2 x ptr], ptr %452, i64 3
  store ptr @g_28, ptr %458, align 8
  %459 = getelementptr inbounds ptr, ptr %458, i64 1
  store ptr %55, ptr %459, align 8
  %460 = getelementptr inbounds [2 x ptr], ptr %452, i64 4
  %461 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %461, ptr %460, align 8
  %462 = getelementptr inbounds ptr, ptr %460, i64 1
  store ptr %57, ptr %462, align 8
  %463 = getelementptr inbounds [2 x ptr], ptr %452, i64 5
  store ptr null, ptr %463, align 8
  %464 = getelementptr inbounds ptr, ptr %463, i64 1
  store ptr %60, ptr %464, align 8
  %465 = getelementptr inbounds [2 x ptr], ptr %452, i64 6
  store ptr null, ptr %465, align 8
  %466 = getelementptr inbounds ptr, ptr %465, i64 1
  store ptr %9, ptr %466, align 8
  %467 = getelementptr inbounds [7 x [2 x ptr]], ptr %115, i64 2
  store ptr %57, ptr %467, align 8
  %468 = getelementptr inbounds ptr, ptr %467, i64 1
  %469 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %469, ptr %468, align 8
  %470 = getelementptr inbounds [2 x ptr], ptr %467, i64 1
  store ptr %57, ptr %470, align 8
  %471 = getelementptr inbounds ptr, ptr %470, i64 1
  store ptr %55, ptr %471, align 8
  %472 = getelementptr inbounds [2 x ptr], ptr %467, i64 2
  store ptr %58, ptr %472, align 8
  %473 = getelementptr inbounds ptr, ptr %472, i64 1
  store ptr null, ptr %473, align 8
  %474 = getelementptr inbounds [2 x ptr], ptr %467, i64 3
  store ptr %60, ptr %474, align 8
  %475 = getelementptr inbounds ptr, ptr %474, i64 1
  %476 = getelementptr inbounds [8 x i32], ptr %19, i64 0, i64 7
  store ptr %476, ptr %475, align 8
  %477 = getelementptr inbounds [2 x ptr], ptr %467, i64 4
  store ptr %60, ptr %477, align 8
  %478 = getelementptr inbounds ptr, ptr %477, i64 1
  store ptr %55, ptr %478, align 8
  %479 = getelementptr inbounds [2 x ptr], ptr %467, i64 5
  store ptr %10, ptr %479, align 8
  %480 = getelementptr inbounds ptr, ptr %479, i64 1
  store ptr null, ptr %480, align 8
  %481 = getelementptr inbounds [2 x ptr], ptr %467, i64 6
  store ptr null, ptr %481, align 8
  %482 = getelementptr inbounds ptr, ptr %481, i64 1
  store ptr %18, ptr %482, align 8
  %483 = getelementptr inbounds [7 x [2 x ptr]], ptr %115, i64 3
  store ptr @g_270, ptr %483, align 8
  %484 = getelementptr inbounds ptr, ptr %483, i64 1
  store ptr @g_270, ptr %484, align 8
  %485 = getelementptr inbounds [2 x ptr], ptr %483, i64 1
  store ptr null, ptr %485, align 8
  %486 = getelementptr inbounds ptr, ptr %485, i64 1
  store ptr %57, ptr %486, align 8
  %487 = getelementptr inbounds [2 x ptr], ptr %483, i64 2
  %488 = getelementptr inbounds [8 x i32], ptr %19, i64 0, i64 7
  store ptr %488, ptr %487, align 8
  %489 = getelementptr inbounds ptr, ptr %487, i64 1
  store ptr %18, ptr %489, align 8
  %490 = getelementptr inbounds [2 x ptr], ptr %483, i64 3
  store ptr %18, ptr %490, align 8
  %491 = getelementptr inbounds ptr, ptr %490, i64 1
  store ptr %62, ptr %491, align 8
  %492 = getelementptr inbounds [2 x ptr], ptr %483, i64 4
  store ptr %55, ptr %492, align 8
  %493 = getelementptr inbounds ptr, ptr %492, i64 1
  store ptr %18, ptr %493, align 8
  %494 = getelementptr inbounds [2 x ptr], ptr %483, i64 5
  store ptr %9, ptr %494, align 8
  %495 = getelementptr inbounds ptr, ptr %494, i64 1
  store ptr null, ptr %495, align 8
  %496 = getelementptr inbounds [2 x ptr], ptr %483, i64 6
  store ptr %9, ptr %496, align 8
  %497 = getelementptr inbounds ptr, ptr %496, i64 1
  store ptr %18, ptr %497, align 8
  %498 = getelementptr inbounds [7 x [2 x ptr]], ptr %115, i64 4
  store ptr %55, ptr %498, align 8
  %499 = getelementptr inbounds ptr, ptr %498, i64 1
  store ptr %62, ptr %499, align 8
  %500 = getelementptr inbounds [2 x ptr], ptr %498, i64 1
  store ptr %18, ptr %500, align 8
  %501 = getelementptr inbounds ptr, ptr %500, i64 1
  store ptr %18, ptr %501, align 8
  %502 = getelementptr inbounds [2 x ptr], ptr %498, i64 2
  %503 = getelementptr inbounds [8 x i32], ptr %19, i64 0, i64 7
  store ptr %503, ptr %502, align 8
  %504 = getelementptr inbounds ptr, ptr %502, i64 1
  store ptr %57, ptr %504, align 8
  %505 = getelementptr inbounds [2 x ptr], ptr %498, i64 3
  store ptr null, ptr %505, align 8
  %506 = getelementptr inbounds ptr, ptr %505, i64 1
  store ptr @g_270, ptr %506, align 8
  %507 = getelementptr inbounds [2 x ptr], ptr %498, i64 4
  store ptr @g_270, ptr %507, align 8
  %508 = getelementptr inbounds ptr, ptr %507, i64 1
  store ptr %18, ptr %508, align 8
  %509 = getelementptr inbounds [2 x ptr], ptr %498, i64 5
  store ptr null, ptr %509, align 8
  %510 = getelementptr inbounds ptr, ptr %509, i64 1
  store ptr null, ptr %510, align 8
  %511 = getelementptr inbounds [2 x ptr], ptr %498, i64 6
  store ptr %10, ptr %511, align 8
  %512 = getelementptr inbounds ptr, ptr %511, i64 1
  store ptr %55, ptr %512, align 8
  %513 = getelementptr inbounds [7 x [2 x ptr]], ptr %115, i64 5
  store ptr %60, ptr %513, align 8
  %514 = getelementptr inbounds ptr, ptr %513, i64 1
  %515 = getelementptr inbounds [8 x i32], ptr %19, i64 0, i64 7
  store ptr %515, ptr %514, align 8
  %516 = getelementptr inbounds [2 x ptr], ptr %513, i64 1
  store ptr %60, ptr %516, align 8
  %517 = getelementptr inbounds ptr, ptr %516, i64 1
  store ptr null, ptr %517, align 8
  %518 = getelementptr inbounds [2 x ptr], ptr %513, i64 2
  store ptr %58, ptr %518, align 8
  %519 = getelementptr inbounds ptr, ptr %518, i64 1
  store ptr %55, ptr %519, align 8
  %520 = getelementptr inbounds [2 x ptr], ptr %513, i64 3
  store ptr %57, ptr %520, align 8
  %521 = getelementptr inbounds ptr, ptr %520, i64 1
  %522 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %522, ptr %521, align 8
  %523 = getelementptr inbounds [2 x ptr], ptr %513, i64 4
  store ptr %57, ptr %523, align 8
  %524 = getelementptr inbounds ptr, ptr %523, i64 1
  store ptr %9, ptr %524, align 8
  %525 = getelementptr inbounds [2 x ptr], ptr %513, i64 5
  store ptr null, ptr %525, align 8
  %526 = getelementptr inbounds ptr, ptr %525, i64 1
  store ptr %60, ptr %526, align 8
  %527 = getelementptr inbounds [2 x ptr], ptr %513, i64 6
  store ptr null, ptr %527, align 8
  %528 = getelementptr inbounds ptr, ptr %527, i64 1
  store ptr %57, ptr %528, align 8
  %529 = getelementptr inbounds [7 x [2 x ptr]], ptr %115, i64 6
  %530 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %530, ptr %529, align 8
  %531 = getelementptr inbounds ptr, ptr %529, i64 1
  store ptr %55, ptr %531, align 8
  %532 = getelementptr inbounds [2 x ptr], ptr %529, i64 1
  store ptr @g_28, ptr %532, align 8
  %533 = getelementptr inbounds ptr, ptr %532, i64 1
  store ptr %60, ptr %533, align 8
  %534 = getelementptr inbounds [2 x ptr], ptr %529, i64 2
  store ptr null, ptr %534, align 8
  %535 = getelementptr inbounds ptr, ptr %534, i64 1
  store ptr null, ptr %535, align 8
  %536 = getelementptr inbounds [2 x ptr], ptr %529, i64 3
  store ptr %62, ptr %536, align 8
  %537 = getelementptr inbounds ptr, ptr %536, i64 1
  store ptr null, ptr %537, align 8
  %538 = getelementptr inbounds [2 x ptr], ptr %529, i64 4
  store ptr null, ptr %538, align 8
  %539 = getelementptr inbounds ptr, ptr %538, i64 1
  store ptr %60, ptr %539, align 8
  %540 = getelementptr inbounds [2 x ptr], ptr %529, i64 5
  store ptr @g_28, ptr %540, align 8
  %541 = getelementptr inbounds ptr, ptr %540, i64 1
  store ptr %55, ptr %541, align 8
  %542 = getelementptr inbounds [2 x ptr], ptr %529, i64 6
  %543 = getelementptr inbounds [6 x i32], ptr %73, i64 0, i64 4
  store ptr %543, ptr %542, align 8
  %544 = getelementptr inbounds ptr, ptr %542, i64 1
  store ptr %57, ptr %544, align 8
  store ptr %54, ptr %116, align 8
  store i8 23, ptr %117, align 1
  store i32 0, ptr %118, align 4
  store i8 -54, ptr %119, align 1
  call void @llvm.memset.p0.i64(ptr align 16 %120, i8 0, i64 40, i1 false)
  %545 = getelementptr inbounds [5 x i64], ptr %120, i32 0, i32 0
  store i64 9, ptr %545, align 16
  %546 = getelementptr inbounds [5 x i64], ptr %120, i32 0, i32 1
  store i64 9, ptr %546, align 8
  %547 = getelementptr inbounds [5 x i64], ptr %120, i32 0, i32 2
  store i64 9, ptr %547, align 16
  %548 = getelementptr inbounds [5 x i64], ptr %120, i32 0, i32 3
  store i64 9, ptr %548, align 8
  %549 = getelementptr inbounds [5 x i64], ptr %120, i32 0, i32 4
  store i64 9, ptr %549, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %121, ptr align 1 @__const.func_61.l_1295, i64 8, i1 false)
  store i64 -2890100459826629797, ptr %122, align 8
  store ptr @g_318, ptr %123, align 8
  store i32 -1, ptr %124, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %125, ptr align 16 @__const.func_61.l_1381, i64 42, i1 false)
  store i32 -1689493702, ptr %126, align 4
  store i32 6, ptr %127, align 4
  store i64 -1, ptr %128, align 8
  store i64 -476460935648941563, ptr %129, align 8
  %550 = getelementptr inbounds [7 x [7 x [2 x ptr]]], ptr %115, i64 0, i64 2
  %551 = getelementptr inbounds [7 x [2 x ptr]], ptr %550, i64 0, i64 0
  %552 = getelementptr inbounds [2 x ptr], ptr %551, i64 0, i64 1
  %553 = load ptr, ptr %552, align 8
  %554 = load ptr, ptr %116, align 8
  store ptr %553, ptr %554, align 8
  %555 = load i16, ptr %76, align 2
  %556 = add i16 %555, 1
  store i16 %556, ptr %76, align 2
  br label %557

557:
  %558 = load i8, ptr %4, align 1
  %559 = zext i8 %558 to i32
  %560 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %559, i32 noundef 7)
  %561 = trunc i32 %560 to i8
  store i8 %561, ptr %4, align 1
  br label %432, !llvm.loop !42

562:
  %563 = load ptr, ptr %45, align 8
  store i32 0, ptr %563, align 4
  %564 = load ptr, ptr %12, align 8
  store i32 0, ptr %564, align 4
  br label %565

565:
  %566 = load volatile ptr, ptr @g_1059, align 8
  %567 = load ptr, ptr %566, align 8
  store ptr %567, ptr %3, align 8
  br label %568

568:
  %569 = load ptr, ptr %3, align 8
  ret ptr %569
}

define internal i64 @func_64(i16 noundef signext %0) #0 {
  %2 = alloca %struct.S2, align 1
  %3 = alloca i16, align 2
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [7 x ptr], align 16
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca %struct.S1, align 1
  %14 = alloca ptr, align 8
  %15 = alloca %struct.S1, align 1
  %16 = alloca ptr, align 8
  %17 = alloca [6 x [7 x ptr]], align 16
  %18 = alloca ptr, align 8
  %19 = alloca [9 x ptr], align 16
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca [8 x [7 x ptr]], align 16
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store ptr @g_43, ptr %4, align 8
  store ptr %4, ptr %5, align 8
  store ptr @g_47, ptr %6, align 8
  store ptr %6, ptr %7, align 8
  store ptr @g_79, ptr %8, align 8
  store ptr %8, ptr %9, align 8
  %27 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %8, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %8, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %8, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %9, i64 4
  store ptr %8, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %9, i64 5
  store ptr %8, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %9, i64 6
  store ptr %8, ptr %32, align 8
  store i32 5, ptr %10, align 4
  store ptr @g_109, ptr %11, align 8
  store ptr @g_270, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.func_64.l_673, i64 8, i1 false)
  store ptr %13, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr align 1 @__const.func_64.l_684, i64 8, i1 false)
  store ptr getelementptr inbounds nuw (%struct.S3, ptr @g_685, i32 0, i32 2), ptr %16, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 16 @__const.func_64.l_708, i64 336, i1 false)
  store ptr @g_285, ptr %18, align 8
  store i32 0, ptr %20, align 4
  br label %33

33:
  %34 = load i32, ptr %20, align 4
  %35 = icmp slt i32 %34, 9
  br i1 %35, label %36, label %43

36:
  %37 = load i32, ptr %20, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [9 x ptr], ptr %19, i64 0, i64 %38
  store ptr %18, ptr %39, align 8
  br label %40

40:
  %41 = load i32, ptr %20, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %20, align 4
  br label %33, !llvm.loop !43

43:
  %44 = load i64, ptr @g_3, align 1
  %45 = ashr i64 %44, 57
  %46 = trunc i64 %45 to i32
  %47 = trunc i32 %46 to i8
  %48 = load ptr, ptr %4, align 8
  %49 = load ptr, ptr %5, align 8
  store ptr %48, ptr %49, align 8
  %50 = load ptr, ptr %6, align 8
  %51 = load ptr, ptr %7, align 8
  store ptr %50, ptr %51, align 8
  store ptr %50, ptr @g_80, align 8
  %52 = icmp eq ptr %48, %50
  %53 = zext i1 %52 to i32
  %54 = trunc i32 %53 to i16
  %55 = load i16, ptr %3, align 2
  %56 = load volatile ptr, ptr @g_50, align 8
  %57 = load i32, ptr %56, align 4
  %58 = load i64, ptr @g_3, align 1
  %59 = ashr i64 %58, 57
  %60 = trunc i64 %59 to i32
  %61 = sext i32 %60 to i64
  %62 = load i64, ptr @g_40, align 8
  %63 = add i64 %62, 1
  store i64 %63, ptr @g_40, align 8
  %64 = icmp ne i64 %63, 0
  br i1 %64, label %65, label %66

65:
  br label %66

66:
  %67 = phi i1 [ false, %43 ], [ true, %65 ]
  %68 = zext i1 %67 to i32
  %69 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext 65, i32 noundef 1)
  %70 = load i32, ptr @g_28, align 4
  %71 = sext i32 %70 to i64
  %72 = icmp ugt i64 99, %71
  %73 = zext i1 %72 to i32
  %74 = trunc i32 %73 to i8
  %75 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %74, i32 noundef 2)
  %76 = zext i8 %75 to i64
  %77 = load i16, ptr @g_47, align 2
  %78 = zext i16 %77 to i64
  %79 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %76, i64 noundef %78)
  %80 = trunc i64 %79 to i16
  %81 = load i64, ptr @g_3, align 1
  %82 = shl i64 %81, 25
  %83 = ashr i64 %82, 45
  %84 = trunc i64 %83 to i32
  %85 = trunc i32 %84 to i16
  %86 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %80, i16 noundef signext %85)
  %87 = sext i16 %86 to i32
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %89, label %92

89:
  %90 = load i32, ptr %10, align 4
  %91 = icmp ne i32 %90, 0
  br label %92

92:
  %93 = phi i1 [ false, %66 ], [ %91, %89 ]
  %94 = zext i1 %93 to i32
  %95 = icmp sle i32 %68, %94
  %96 = zext i1 %95 to i32
  %97 = sext i32 %96 to i64
  %98 = or i64 %97, 7
  %99 = load ptr, ptr %11, align 8
  store i64 %98, ptr %99, align 8
  %100 = icmp slt i64 %61, 2614341901
  %101 = zext i1 %100 to i32
  %102 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %57, i32 noundef %101)
  %103 = sext i32 %102 to i64
  %104 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %103, i64 noundef -8879655666713309305)
  %105 = load i32, ptr %10, align 4
  %106 = sext i32 %105 to i64
  %107 = or i64 %104, %106
  %108 = trunc i64 %107 to i16
  %109 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %108, i32 noundef 9)
  %110 = zext i16 %109 to i32
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %115, label %112

112:
  %113 = load i64, ptr @g_109, align 8
  %114 = icmp ne i64 %113, 0
  br label %115

115:
  %116 = phi i1 [ true, %92 ], [ %114, %112 ]
  %117 = zext i1 %116 to i32
  %118 = sext i32 %117 to i64
  %119 = and i64 %118, 1
  %120 = load i32, ptr %10, align 4
  %121 = sext i32 %120 to i64
  %122 = icmp ugt i64 %119, %121
  %123 = zext i1 %122 to i32
  %124 = load i32, ptr @g_28, align 4
  %125 = icmp eq i32 %123, %124
  %126 = zext i1 %125 to i32
  %127 = trunc i32 %126 to i16
  %128 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %127, i16 noundef zeroext -7287)
  %129 = icmp ne i16 %128, 0
  %130 = xor i1 %129, true
  %131 = zext i1 %130 to i32
  %132 = trunc i32 %131 to i8
  %133 = load i32, ptr %10, align 4
  %134 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %132, i32 noundef %133)
  %135 = zext i8 %134 to i16
  %136 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %55, i16 noundef zeroext %135)
  %137 = zext i16 %136 to i64
  %138 = load i32, ptr %10, align 4
  %139 = sext i32 %138 to i64
  %140 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %137, i64 noundef %139)
  %141 = trunc i64 %140 to i16
  %142 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %54, i16 noundef zeroext %141)
  %143 = trunc i16 %142 to i8
  %144 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %47, i8 noundef signext %143)
  %145 = sext i8 %144 to i32
  %146 = load i32, ptr %10, align 4
  %147 = icmp ne i32 %145, %146
  %148 = zext i1 %147 to i32
  %149 = load i32, ptr %10, align 4
  %150 = trunc i32 %149 to i8
  %151 = call ptr @func_66(ptr noundef @g_43, i8 noundef zeroext %150)
  store ptr %151, ptr %12, align 8
  store i64 -25, ptr @g_40, align 8
  br label %152

152:
  %153 = load i64, ptr @g_40, align 8
  %154 = icmp ult i64 %153, 47
  br i1 %154, label %155, label %180

155:
  store ptr null, ptr %22, align 8
  store ptr null, ptr %23, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 @constinit.349, i64 56, i1 false)
  %156 = getelementptr inbounds [7 x ptr], ptr %24, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %156, ptr align 8 @constinit.350, i64 56, i1 false)
  %157 = getelementptr inbounds [7 x ptr], ptr %24, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %157, ptr align 8 @constinit.351, i64 56, i1 false)
  %158 = getelementptr inbounds [7 x ptr], ptr %24, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %158, ptr align 8 @constinit.352, i64 56, i1 false)
  %159 = getelementptr inbounds [7 x ptr], ptr %24, i64 4
  store ptr @g_139, ptr %159, align 8
  %160 = getelementptr inbounds ptr, ptr %159, i64 1
  store ptr @g_270, ptr %160, align 8
  %161 = getelementptr inbounds ptr, ptr %159, i64 2
  store ptr @g_270, ptr %161, align 8
  %162 = getelementptr inbounds ptr, ptr %159, i64 3
  store ptr %10, ptr %162, align 8
  %163 = getelementptr inbounds ptr, ptr %159, i64 4
  store ptr @g_270, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %159, i64 5
  store ptr @g_270, ptr %164, align 8
  %165 = getelementptr inbounds ptr, ptr %159, i64 6
  store ptr @g_139, ptr %165, align 8
  %166 = getelementptr inbounds [7 x ptr], ptr %24, i64 5
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %166, ptr align 8 @constinit.353, i64 56, i1 false)
  %167 = getelementptr inbounds [7 x ptr], ptr %24, i64 6
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %167, ptr align 8 @constinit.354, i64 56, i1 false)
  %168 = getelementptr inbounds [7 x ptr], ptr %24, i64 7
  store ptr @g_137, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %168, i64 1
  store ptr @g_137, ptr %169, align 8
  %170 = getelementptr inbounds ptr, ptr %168, i64 2
  store ptr @g_139, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %168, i64 3
  store ptr %10, ptr %171, align 8
  %172 = getelementptr inbounds ptr, ptr %168, i64 4
  store ptr @g_137, ptr %172, align 8
  %173 = getelementptr inbounds ptr, ptr %168, i64 5
  store ptr @g_270, ptr %173, align 8
  %174 = getelementptr inbounds ptr, ptr %168, i64 6
  store ptr null, ptr %174, align 8
  store i32 1, ptr %10, align 4
  br label %175

175:
  %176 = load i64, ptr @g_40, align 8
  %177 = trunc i64 %176 to i32
  %178 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %177, i32 noundef 7)
  %179 = zext i32 %178 to i64
  store i64 %179, ptr @g_40, align 8
  br label %152, !llvm.loop !44

180:
  %181 = load ptr, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %181, ptr align 1 %13, i64 8, i1 false)
  %182 = load ptr, ptr %12, align 8
  %183 = load i32, ptr %182, align 4
  %184 = trunc i32 %183 to i16
  %185 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %184, i32 noundef 13)
  %186 = load ptr, ptr %12, align 8
  %187 = load i32, ptr %186, align 4
  %188 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef 1665504720, i32 noundef %187)
  %189 = trunc i32 %188 to i16
  %190 = load ptr, ptr @g_181, align 8
  %191 = load i16, ptr %190, align 2
  %192 = zext i16 %191 to i64
  %193 = icmp ne i64 -9, %192
  %194 = zext i1 %193 to i32
  %195 = trunc i32 %194 to i8
  %196 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext 1, i8 noundef signext %195)
  %197 = sext i8 %196 to i32
  %198 = load ptr, ptr %12, align 8
  %199 = load i32, ptr %198, align 4
  %200 = icmp slt i32 %197, %199
  %201 = zext i1 %200 to i32
  %202 = load i16, ptr %3, align 2
  %203 = sext i16 %202 to i32
  %204 = icmp ne i32 %203, 0
  br i1 %204, label %205, label %209

205:
  %206 = load ptr, ptr %12, align 8
  %207 = load i32, ptr %206, align 4
  %208 = icmp ne i32 %207, 0
  br label %209

209:
  %210 = phi i1 [ false, %180 ], [ %208, %205 ]
  %211 = zext i1 %210 to i32
  %212 = load i16, ptr %3, align 2
  %213 = sext i16 %212 to i32
  %214 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_685, i32 0, i32 4), align 4
  %215 = sext i8 %214 to i32
  %216 = icmp sle i32 %213, %215
  %217 = zext i1 %216 to i32
  %218 = sext i32 %217 to i64
  %219 = icmp slt i64 %218, 1835169751
  %220 = zext i1 %219 to i32
  %221 = load ptr, ptr %12, align 8
  %222 = load i32, ptr %221, align 4
  %223 = icmp sle i32 %220, %222
  %224 = zext i1 %223 to i32
  %225 = trunc i32 %224 to i16
  %226 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %189, i16 noundef signext %225)
  %227 = trunc i16 %226 to i8
  %228 = call signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext %227)
  %229 = icmp eq ptr @g_201, %12
  %230 = zext i1 %229 to i32
  store ptr null, ptr @g_688, align 8
  %231 = load ptr, ptr @g_181, align 8
  %232 = load i16, ptr %231, align 2
  %233 = zext i16 %232 to i32
  %234 = icmp ne i32 1, %233
  %235 = zext i1 %234 to i32
  %236 = trunc i32 %235 to i8
  %237 = load ptr, ptr %12, align 8
  %238 = load i32, ptr %237, align 4
  %239 = trunc i32 %238 to i8
  %240 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %236, i8 noundef signext %239)
  %241 = sext i8 %240 to i64
  %242 = load i64, ptr @g_445, align 1
  %243 = shl i64 %242, 44
  %244 = ashr i64 %243, 44
  %245 = trunc i64 %244 to i32
  %246 = sext i32 %245 to i64
  %247 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %241, i64 noundef %246)
  %248 = trunc i64 %247 to i32
  %249 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %185, i32 noundef %248)
  %250 = sext i16 %249 to i32
  %251 = load i16, ptr %3, align 2
  %252 = sext i16 %251 to i32
  %253 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %250, i32 noundef %252)
  %254 = load i32, ptr %10, align 4
  %255 = or i32 %254, %253
  store i32 %255, ptr %10, align 4
  %256 = load ptr, ptr %5, align 8
  %257 = load ptr, ptr %256, align 8
  %258 = load ptr, ptr %16, align 8
  %259 = load ptr, ptr %5, align 8
  %260 = load ptr, ptr %259, align 8
  %261 = load ptr, ptr @g_180, align 8
  store ptr %260, ptr %261, align 8
  %262 = icmp ne ptr %258, %260
  %263 = zext i1 %262 to i32
  %264 = load ptr, ptr @g_351, align 8
  %265 = load i16, ptr %264, align 2
  %266 = sext i16 %265 to i32
  %267 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext 0, i32 noundef %266)
  %268 = sext i16 %267 to i64
  %269 = xor i64 149, %268
  %270 = load i16, ptr %3, align 2
  %271 = sext i16 %270 to i64
  %272 = or i64 %269, %271
  %273 = trunc i64 %272 to i32
  %274 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %273, i32 noundef 0)
  store i32 %274, ptr %10, align 4
  %275 = icmp ne i32 %274, 0
  br i1 %275, label %276, label %280

276:
  %277 = load i16, ptr %3, align 2
  %278 = sext i16 %277 to i32
  %279 = icmp ne i32 %278, 0
  br label %280

280:
  %281 = phi i1 [ false, %209 ], [ %279, %276 ]
  %282 = zext i1 %281 to i32
  %283 = getelementptr inbounds [9 x ptr], ptr %19, i64 0, i64 1
  %284 = load ptr, ptr %283, align 8
  %285 = icmp ne ptr %284, null
  %286 = zext i1 %285 to i32
  %287 = trunc i32 %286 to i8
  %288 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %287, i8 noundef signext -47)
  %289 = sext i8 %288 to i32
  %290 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef %289, i32 noundef -1)
  %291 = load i16, ptr %3, align 2
  %292 = sext i16 %291 to i32
  %293 = icmp ule i32 %290, %292
  %294 = zext i1 %293 to i32
  %295 = and i32 %263, %294
  %296 = trunc i32 %295 to i8
  %297 = call zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %296, i8 noundef zeroext 89)
  %298 = zext i8 %297 to i32
  %299 = load i16, ptr %3, align 2
  %300 = sext i16 %299 to i32
  %301 = icmp sge i32 %298, %300
  %302 = zext i1 %301 to i32
  %303 = trunc i32 %302 to i8
  %304 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 4), align 4
  %305 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %303, i8 noundef signext %304)
  %306 = sext i8 %305 to i16
  %307 = load ptr, ptr @g_351, align 8
  %308 = load i16, ptr %307, align 2
  %309 = sext i16 %308 to i32
  %310 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %306, i32 noundef %309)
  %311 = sext i16 %310 to i64
  %312 = icmp sge i64 %311, 4907
  %313 = zext i1 %312 to i32
  %314 = trunc i32 %313 to i16
  %315 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %314, i32 noundef 0)
  %316 = trunc i16 %315 to i8
  %317 = call ptr @func_66(ptr noundef %257, i8 noundef zeroext %316)
  store ptr %317, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %2, ptr align 1 @g_711, i64 8, i1 false)
  %318 = getelementptr inbounds nuw %struct.S2, ptr %2, i32 0, i32 0
  %319 = load i64, ptr %318, align 1
  ret i64 %319
}

define internal zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

define internal zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  br label %18

13:
  %14 = load i8, ptr %3, align 1
  %15 = zext i8 %14 to i32
  %16 = load i32, ptr %4, align 4
  %17 = ashr i32 %15, %16
  br label %18

18:
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i8
  ret i8 %20
}

define internal signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

define internal zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

define internal i64 @safe_mul_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = mul i64 %5, %6
  ret i64 %7
}

define internal signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:
  %12 = load i16, ptr %3, align 2
  %13 = sext i16 %12 to i32
  %14 = load i32, ptr %4, align 4
  %15 = ashr i32 32767, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:
  %18 = load i16, ptr %3, align 2
  %19 = sext i16 %18 to i32
  br label %25

20:
  %21 = load i16, ptr %3, align 2
  %22 = sext i16 %21 to i32
  %23 = load i32, ptr %4, align 4
  %24 = shl i32 %22, %23
  br label %25

25:
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

define internal signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:
  %9 = load i8, ptr %3, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:
  %13 = load i8, ptr %4, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:
  %17 = load i8, ptr %3, align 1
  %18 = sext i8 %17 to i32
  br label %25

19:
  %20 = load i8, ptr %3, align 1
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1
  %23 = sext i8 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

define internal i32 @safe_sub_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = xor i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = xor i32 %9, %10
  %12 = and i32 %11, -2147483648
  %13 = xor i32 %8, %12
  %14 = load i32, ptr %4, align 4
  %15 = sub nsw i32 %13, %14
  %16 = load i32, ptr %4, align 4
  %17 = xor i32 %15, %16
  %18 = and i32 %7, %17
  %19 = icmp slt i32 %18, 0
  br i1 %19, label %20, label %22

20:
  %21 = load i32, ptr %3, align 4
  br label %26

22:
  %23 = load i32, ptr %3, align 4
  %24 = load i32, ptr %4, align 4
  %25 = sub nsw i32 %23, %24
  br label %26

26:
  %27 = phi i32 [ %21, %20 ], [ %25, %22 ]
  ret i32 %27
}

define internal signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = sext i16 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i16
  ret i16 %6
}

define internal zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:
  %8 = load i8, ptr %3, align 1
  %9 = zext i8 %8 to i32
  %10 = load i32, ptr %4, align 4
  %11 = ashr i32 255, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:
  %14 = load i8, ptr %3, align 1
  %15 = zext i8 %14 to i32
  br label %21

16:
  %17 = load i8, ptr %3, align 1
  %18 = zext i8 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = shl i32 %18, %19
  br label %21

21:
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i8
  ret i8 %23
}

declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

define internal i32 @safe_add_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %7, label %15

7:
  %8 = load i32, ptr %4, align 4
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %15

10:
  %11 = load i32, ptr %3, align 4
  %12 = load i32, ptr %4, align 4
  %13 = sub nsw i32 2147483647, %12
  %14 = icmp sgt i32 %11, %13
  br i1 %14, label %26, label %15

15:
  %16 = load i32, ptr %3, align 4
  %17 = icmp slt i32 %16, 0
  br i1 %17, label %18, label %28

18:
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %19, 0
  br i1 %20, label %21, label %28

21:
  %22 = load i32, ptr %3, align 4
  %23 = load i32, ptr %4, align 4
  %24 = sub nsw i32 -2147483648, %23
  %25 = icmp slt i32 %22, %24
  br i1 %25, label %26, label %28

26:
  %27 = load i32, ptr %3, align 4
  br label %32

28:
  %29 = load i32, ptr %3, align 4
  %30 = load i32, ptr %4, align 4
  %31 = add nsw i32 %29, %30
  br label %32

32:
  %33 = phi i32 [ %27, %26 ], [ %31, %28 ]
  ret i32 %33
}

define internal ptr @func_66(ptr noundef %0, i8 noundef zeroext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca %struct.S1, align 1
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca [8 x i32], align 16
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca i16, align 2
  %19 = alloca [4 x ptr], align 16
  %20 = alloca i64, align 8
  %21 = alloca i64, align 8
  %22 = alloca i32, align 4
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca i32, align 4
  %26 = alloca ptr, align 8
  %27 = alloca i32, align 4
  %28 = alloca ptr, align 8
  %29 = alloca ptr, align 8
  %30 = alloca ptr, align 8
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  %37 = alloca i32, align 4
  %38 = alloca i32, align 4
  %39 = alloca [3 x [2 x ptr]], align 16
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca [9 x ptr], align 16
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca ptr, align 8
  %46 = alloca ptr, align 8
  %47 = alloca i32, align 4
  %48 = alloca i32, align 4
  %49 = alloca i32, align 4
  %50 = alloca [9 x [1 x [9 x i32]]], align 16
  %51 = alloca ptr, align 8
  %52 = alloca ptr, align 8
  %53 = alloca i32, align 4
  %54 = alloca i32, align 4
  %55 = alloca i32, align 4
  %56 = alloca ptr, align 8
  %57 = alloca ptr, align 8
  %58 = alloca i32, align 4
  %59 = alloca [1 x [7 x [2 x ptr]]], align 16
  %60 = alloca i32, align 4
  %61 = alloca ptr, align 8
  %62 = alloca ptr, align 8
  %63 = alloca ptr, align 8
  %64 = alloca i32, align 4
  %65 = alloca i32, align 4
  %66 = alloca i32, align 4
  %67 = alloca [5 x i32], align 16
  %68 = alloca ptr, align 8
  %69 = alloca ptr, align 8
  %70 = alloca i32, align 4
  %71 = alloca %struct.S3, align 8
  %72 = alloca ptr, align 8
  %73 = alloca i32, align 4
  %74 = alloca i32, align 4
  %75 = alloca i8, align 1
  %76 = alloca [10 x ptr], align 16
  %77 = alloca i32, align 4
  %78 = alloca [4 x ptr], align 16
  %79 = alloca i32, align 4
  %80 = alloca ptr, align 8
  %81 = alloca ptr, align 8
  %82 = alloca ptr, align 8
  %83 = alloca [2 x [2 x [6 x ptr]]], align 16
  %84 = alloca ptr, align 8
  %85 = alloca i32, align 4
  %86 = alloca i32, align 4
  %87 = alloca i32, align 4
  %88 = alloca %struct.S1, align 1
  %89 = alloca %struct.S2, align 1
  %90 = alloca i64, align 8
  %91 = alloca ptr, align 8
  %92 = alloca ptr, align 8
  %93 = alloca ptr, align 8
  %94 = alloca ptr, align 8
  %95 = alloca [1 x ptr], align 8
  %96 = alloca [7 x [10 x i32]], align 16
  %97 = alloca ptr, align 8
  %98 = alloca i32, align 4
  %99 = alloca i32, align 4
  %100 = alloca %struct.S0, align 8
  %101 = alloca [4 x [10 x [3 x ptr]]], align 16
  %102 = alloca %struct.S1, align 1
  %103 = alloca i8, align 1
  %104 = alloca ptr, align 8
  %105 = alloca [8 x ptr], align 16
  %106 = alloca ptr, align 8
  %107 = alloca ptr, align 8
  %108 = alloca ptr, align 8
  %109 = alloca ptr, align 8
  %110 = alloca [2 x i8], align 1
  %111 = alloca i32, align 4
  %112 = alloca i32, align 4
  %113 = alloca [1 x i32], align 4
  %114 = alloca i32, align 4
  %115 = alloca i32, align 4
  %116 = alloca i32, align 4
  %117 = alloca i32, align 4
  %118 = alloca ptr, align 8
  %119 = alloca ptr, align 8
  %120 = alloca i32, align 4
  %121 = alloca ptr, align 8
  %122 = alloca i32, align 4
  %123 = alloca ptr, align 8
  %124 = alloca [1 x ptr], align 8
  %125 = alloca ptr, align 8
  %126 = alloca i64, align 8
  %127 = alloca i32, align 4
  %128 = alloca ptr, align 8
  %129 = alloca i32, align 4
  %130 = alloca i32, align 4
  %131 = alloca i32, align 4
  %132 = alloca i32, align 4
  %133 = alloca i32, align 4
  %134 = alloca i32, align 4
  %135 = alloca %struct.S3, align 8
  %136 = alloca [2 x i32], align 4
  %137 = alloca i32, align 4
  %138 = alloca i32, align 4
  %139 = alloca [1 x [7 x [9 x i32]]], align 16
  %140 = alloca i32, align 4
  %141 = alloca i32, align 4
  %142 = alloca i32, align 4
  %143 = alloca i32, align 4
  %144 = alloca %struct.S1, align 1
  %145 = alloca ptr, align 8
  %146 = alloca i32, align 4
  %147 = alloca i32, align 4
  %148 = alloca i32, align 4
  %149 = alloca i32, align 4
  %150 = alloca %struct.S1, align 1
  %151 = alloca ptr, align 8
  %152 = alloca ptr, align 8
  %153 = alloca ptr, align 8
  %154 = alloca ptr, align 8
  %155 = alloca ptr, align 8
  %156 = alloca [3 x [7 x ptr]], align 16
  %157 = alloca [1 x [9 x [6 x ptr]]], align 16
  %158 = alloca i32, align 4
  %159 = alloca i32, align 4
  %160 = alloca i32, align 4
  %161 = alloca i32, align 4
  %162 = alloca ptr, align 8
  %163 = alloca ptr, align 8
  %164 = alloca ptr, align 8
  %165 = alloca ptr, align 8
  %166 = alloca i8, align 1
  %167 = alloca [5 x ptr], align 16
  %168 = alloca [8 x ptr], align 16
  %169 = alloca ptr, align 8
  %170 = alloca [4 x ptr], align 16
  %171 = alloca ptr, align 8
  %172 = alloca [9 x i32], align 16
  %173 = alloca i32, align 4
  %174 = alloca [4 x i16], align 2
  %175 = alloca i32, align 4
  %176 = alloca [9 x [2 x i16]], align 16
  %177 = alloca [1 x ptr], align 8
  %178 = alloca ptr, align 8
  %179 = alloca i64, align 8
  %180 = alloca ptr, align 8
  %181 = alloca i32, align 4
  %182 = alloca i32, align 4
  %183 = alloca i32, align 4
  %184 = alloca i32, align 4
  %185 = alloca i64, align 8
  %186 = alloca i64, align 8
  %187 = alloca i64, align 8
  %188 = alloca i32, align 4
  %189 = alloca i32, align 4
  %190 = alloca [5 x ptr], align 16
  %191 = alloca i32, align 4
  %192 = alloca i32, align 4
  %193 = alloca i32, align 4
  %194 = alloca i32, align 4
  %195 = alloca i32, align 4
  %196 = alloca [4 x [2 x i32]], align 16
  %197 = alloca [2 x [5 x i32]], align 16
  %198 = alloca ptr, align 8
  %199 = alloca i32, align 4
  %200 = alloca i32, align 4
  %201 = alloca [6 x [8 x [5 x i8]]], align 16
  %202 = alloca i32, align 4
  %203 = alloca i32, align 4
  %204 = alloca i32, align 4
  %205 = alloca %struct.S1, align 1
  %206 = alloca ptr, align 8
  %207 = alloca [2 x [5 x i32]], align 16
  %208 = alloca i32, align 4
  %209 = alloca i32, align 4
  %210 = alloca [6 x [7 x ptr]], align 16
  %211 = alloca i32, align 4
  %212 = alloca ptr, align 8
  %213 = alloca ptr, align 8
  %214 = alloca [5 x [4 x ptr]], align 16
  %215 = alloca ptr, align 8
  %216 = alloca i32, align 4
  %217 = alloca i32, align 4
  %218 = alloca i16, align 2
  %219 = alloca i32, align 4
  %220 = alloca i32, align 4
  %221 = alloca ptr, align 8
  %222 = alloca ptr, align 8
  %223 = alloca i32, align 4
  %224 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i8 %1, ptr %5, align 1
  store ptr @g_111, ptr %6, align 8
  store ptr @g_113, ptr %7, align 8
  store i32 1, ptr %8, align 4
  store ptr @g_181, ptr %9, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %10, ptr align 1 @__const.func_66.l_184, i64 8, i1 false)
  store ptr @g_109, ptr %11, align 8
  store ptr %11, ptr %12, align 8
  store i32 1236978547, ptr %13, align 4
  store i32 -175562424, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %15, ptr align 16 @__const.func_66.l_341, i64 32, i1 false)
  store i32 -1, ptr %16, align 4
  store ptr null, ptr %17, align 8
  store i16 -7258, ptr %18, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %19, ptr align 16 @__const.func_66.l_506, i64 32, i1 false)
  store i64 8267375909783482471, ptr %20, align 8
  store i64 -2700035201415813860, ptr %21, align 8
  store i32 -7, ptr %22, align 4
  store ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), ptr %23, align 8
  store ptr @g_28, ptr %24, align 8
  %225 = load ptr, ptr %4, align 8
  %226 = load i16, ptr %225, align 2
  %227 = zext i16 %226 to i32
  %228 = load ptr, ptr %6, align 8
  %229 = load i16, ptr %228, align 2
  %230 = sext i16 %229 to i64
  %231 = or i64 %230, -1
  %232 = trunc i64 %231 to i16
  store i16 %232, ptr %228, align 2
  %233 = sext i16 %232 to i32
  %234 = load ptr, ptr %7, align 8
  %235 = load i16, ptr %234, align 2
  %236 = sext i16 %235 to i32
  %237 = xor i32 %236, %233
  %238 = trunc i32 %237 to i16
  store i16 %238, ptr %234, align 2
  %239 = sext i16 %238 to i32
  %240 = icmp sgt i32 %227, %239
  br i1 %240, label %241, label %773

241:
  store ptr @g_28, ptr %26, align 8
  store i32 1438279466, ptr %27, align 4
  store ptr @g_47, ptr %28, align 8
  store ptr %28, ptr %29, align 8
  store ptr @g_40, ptr %30, align 8
  store ptr %10, ptr %31, align 8
  store ptr %31, ptr %32, align 8
  store ptr @g_207, ptr %33, align 8
  store i32 -7, ptr %34, align 4
  store i32 -625642175, ptr %35, align 4
  store i32 745545354, ptr %36, align 4
  store i32 -1301496468, ptr %37, align 4
  store i32 1, ptr %38, align 4
  store i16 0, ptr @g_113, align 2
  br label %242

242:
  %243 = load i16, ptr @g_113, align 2
  %244 = sext i16 %243 to i32
  %245 = icmp sgt i32 %244, 25
  br i1 %245, label %246, label %772

246:
  store ptr @g_28, ptr %39, align 8
  %247 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %8, ptr %247, align 8
  %248 = getelementptr inbounds [2 x ptr], ptr %39, i64 1
  store ptr %8, ptr %248, align 8
  %249 = getelementptr inbounds ptr, ptr %248, i64 1
  store ptr @g_28, ptr %249, align 8
  %250 = getelementptr inbounds [2 x ptr], ptr %39, i64 2
  store ptr %8, ptr %250, align 8
  %251 = getelementptr inbounds ptr, ptr %250, i64 1
  store ptr %8, ptr %251, align 8
  store ptr @g_113, ptr %40, align 8
  store ptr null, ptr %41, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %42, i8 0, i64 72, i1 false)
  store ptr @g_255, ptr %43, align 8
  store ptr null, ptr %44, align 8
  store ptr @g_207, ptr %45, align 8
  store ptr null, ptr %46, align 8
  %252 = load i8, ptr %5, align 1
  %253 = icmp ne i8 %252, 0
  br i1 %253, label %254, label %501

254:
  store i32 6, ptr %49, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %50, ptr align 16 @__const.func_66.l_166, i64 324, i1 false)
  store ptr @g_40, ptr %51, align 8
  store ptr %10, ptr %52, align 8
  store i16 0, ptr @g_43, align 2
  br label %255

255:
  %256 = load i16, ptr @g_43, align 2
  %257 = zext i16 %256 to i32
  %258 = icmp sle i32 %257, 3
  br i1 %258, label %259, label %354

259:
  store ptr @g_118, ptr %56, align 8
  store ptr %56, ptr %57, align 8
  store i32 779591902, ptr %58, align 4
  %260 = load ptr, ptr %57, align 8
  store ptr @g_111, ptr %260, align 8
  br i1 true, label %261, label %267

261:
  %262 = load i8, ptr %5, align 1
  %263 = icmp ne i8 %262, 0
  br i1 %263, label %264, label %265

264:
  br label %354

265:
  %266 = load ptr, ptr %26, align 8
  store ptr %266, ptr %3, align 8
  br label %2489

267:
  store ptr null, ptr %59, align 8
  %268 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr null, ptr %268, align 8
  %269 = getelementptr inbounds [2 x ptr], ptr %59, i64 1
  store ptr %6, ptr %269, align 8
  %270 = getelementptr inbounds ptr, ptr %269, i64 1
  store ptr %7, ptr %270, align 8
  %271 = getelementptr inbounds [2 x ptr], ptr %59, i64 2
  store ptr %6, ptr %271, align 8
  %272 = getelementptr inbounds ptr, ptr %271, i64 1
  store ptr %7, ptr %272, align 8
  %273 = getelementptr inbounds [2 x ptr], ptr %59, i64 3
  store ptr %6, ptr %273, align 8
  %274 = getelementptr inbounds ptr, ptr %273, i64 1
  store ptr null, ptr %274, align 8
  %275 = getelementptr inbounds [2 x ptr], ptr %59, i64 4
  store ptr null, ptr %275, align 8
  %276 = getelementptr inbounds ptr, ptr %275, i64 1
  store ptr %6, ptr %276, align 8
  %277 = getelementptr inbounds [2 x ptr], ptr %59, i64 5
  store ptr %7, ptr %277, align 8
  %278 = getelementptr inbounds ptr, ptr %277, i64 1
  store ptr %6, ptr %278, align 8
  %279 = getelementptr inbounds [2 x ptr], ptr %59, i64 6
  store ptr %7, ptr %279, align 8
  %280 = getelementptr inbounds ptr, ptr %279, i64 1
  store ptr %6, ptr %280, align 8
  store i32 625113538, ptr %60, align 4
  store ptr %60, ptr %61, align 8
  store ptr @g_137, ptr %62, align 8
  store ptr @g_139, ptr %63, align 8
  %281 = load volatile i16, ptr @g_2, align 2
  %282 = sext i16 %281 to i32
  %283 = load i8, ptr %5, align 1
  %284 = zext i8 %283 to i32
  %285 = and i32 %284, %282
  %286 = trunc i32 %285 to i8
  store i8 %286, ptr %5, align 1
  %287 = zext i8 %286 to i32
  %288 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext 3, i32 noundef %287)
  %289 = sext i8 %288 to i32
  %290 = load i16, ptr @g_43, align 2
  %291 = zext i16 %290 to i32
  %292 = load i64, ptr @g_40, align 8
  store ptr @g_113, ptr %7, align 8
  %293 = load ptr, ptr %4, align 8
  store ptr %293, ptr %6, align 8
  %294 = icmp ne ptr @g_113, %293
  %295 = zext i1 %294 to i32
  %296 = load i32, ptr %49, align 4
  %297 = load i32, ptr %8, align 4
  %298 = load ptr, ptr %4, align 8
  %299 = load i16, ptr %298, align 2
  %300 = zext i16 %299 to i32
  %301 = icmp sle i32 %297, %300
  %302 = zext i1 %301 to i32
  %303 = trunc i32 %302 to i8
  %304 = load i32, ptr %58, align 4
  %305 = trunc i32 %304 to i8
  %306 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %303, i8 noundef zeroext %305)
  %307 = zext i8 %306 to i32
  %308 = icmp ne i32 %307, 0
  %309 = zext i1 %308 to i32
  %310 = icmp slt i32 %296, %309
  %311 = zext i1 %310 to i32
  %312 = trunc i32 %311 to i8
  %313 = load i32, ptr %60, align 4
  %314 = trunc i32 %313 to i8
  %315 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %312, i8 noundef zeroext %314)
  %316 = zext i8 %315 to i32
  %317 = load ptr, ptr %61, align 8
  store i32 %316, ptr %317, align 4
  %318 = or i32 %295, %316
  %319 = load i32, ptr %58, align 4
  %320 = icmp ne i32 %318, %319
  %321 = zext i1 %320 to i32
  %322 = sext i32 %321 to i64
  %323 = xor i64 %322, -2264217708732850144
  %324 = load i64, ptr @g_109, align 8
  %325 = trunc i64 %324 to i16
  %326 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext 0, i16 noundef signext %325)
  %327 = sext i16 %326 to i64
  %328 = and i64 %292, %327
  %329 = load i32, ptr %49, align 4
  %330 = sext i32 %329 to i64
  %331 = and i64 %328, %330
  %332 = icmp ne i64 %331, 0
  br i1 %332, label %333, label %334

333:
  br label %334

334:
  %335 = phi i1 [ false, %267 ], [ true, %333 ]
  %336 = zext i1 %335 to i32
  %337 = and i32 %291, %336
  %338 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %289, i32 noundef %337)
  %339 = load ptr, ptr %26, align 8
  %340 = load i32, ptr %339, align 4
  %341 = icmp ule i32 %338, %340
  %342 = zext i1 %341 to i32
  %343 = load ptr, ptr %62, align 8
  %344 = load i32, ptr %343, align 4
  %345 = or i32 %344, %342
  store i32 %345, ptr %343, align 4
  %346 = load ptr, ptr %63, align 8
  %347 = load i32, ptr %346, align 4
  %348 = xor i32 %347, %345
  store i32 %348, ptr %346, align 4
  store ptr @g_137, ptr %3, align 8
  br label %2489

349:
  %350 = load i16, ptr @g_43, align 2
  %351 = zext i16 %350 to i32
  %352 = add nsw i32 %351, 1
  %353 = trunc i32 %352 to i16
  store i16 %353, ptr @g_43, align 2
  br label %255, !llvm.loop !45

354:
  %355 = load i32, ptr %49, align 4
  %356 = icmp ne i32 %355, 0
  %357 = xor i1 %356, true
  %358 = zext i1 %357 to i32
  %359 = sext i32 %358 to i64
  %360 = icmp ne i64 62, %359
  br i1 %360, label %362, label %361

361:
  br label %362

362:
  %363 = phi i1 [ true, %354 ], [ true, %361 ]
  %364 = zext i1 %363 to i32
  %365 = load i64, ptr @g_3, align 1
  %366 = ashr i64 %365, 57
  %367 = trunc i64 %366 to i32
  %368 = trunc i32 %367 to i8
  %369 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %368, i32 noundef 3)
  %370 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext 71, i32 noundef 7)
  %371 = zext i8 %370 to i64
  %372 = load i32, ptr %49, align 4
  %373 = icmp ne i32 %372, 0
  br i1 %373, label %383, label %374

374:
  %375 = getelementptr inbounds [9 x [1 x [9 x i32]]], ptr %50, i64 0, i64 8
  %376 = getelementptr inbounds [1 x [9 x i32]], ptr %375, i64 0, i64 0
  %377 = getelementptr inbounds [9 x i32], ptr %376, i64 0, i64 8
  %378 = load i32, ptr %377, align 16
  %379 = trunc i32 %378 to i16
  %380 = call signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext 6009, i16 noundef signext %379)
  %381 = sext i16 %380 to i64
  %382 = icmp ne i64 %381, 8587227536725627980
  br label %383

383:
  %384 = phi i1 [ true, %362 ], [ %382, %374 ]
  %385 = zext i1 %384 to i32
  %386 = trunc i32 %385 to i16
  %387 = getelementptr inbounds [9 x [1 x [9 x i32]]], ptr %50, i64 0, i64 7
  %388 = getelementptr inbounds [1 x [9 x i32]], ptr %387, i64 0, i64 0
  %389 = getelementptr inbounds [9 x i32], ptr %388, i64 0, i64 0
  %390 = load i32, ptr %389, align 4
  %391 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %386, i32 noundef %390)
  %392 = zext i16 %391 to i64
  %393 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %371, i64 noundef %392)
  %394 = trunc i64 %393 to i16
  %395 = load i32, ptr @g_28, align 4
  %396 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %394, i32 noundef %395)
  %397 = load ptr, ptr %4, align 8
  %398 = load i16, ptr %397, align 2
  %399 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %396, i16 noundef zeroext %398)
  %400 = zext i16 %399 to i32
  %401 = load i32, ptr %8, align 4
  %402 = icmp slt i32 %400, %401
  %403 = zext i1 %402 to i32
  %404 = sext i32 %403 to i64
  %405 = load ptr, ptr %51, align 8
  store i64 %404, ptr %405, align 8
  %406 = icmp ne i64 %404, 0
  br i1 %406, label %407, label %411

407:
  %408 = load ptr, ptr %26, align 8
  %409 = load i32, ptr %408, align 4
  %410 = icmp ne i32 %409, 0
  br label %411

411:
  %412 = phi i1 [ false, %383 ], [ %410, %407 ]
  %413 = zext i1 %412 to i32
  %414 = load i16, ptr @g_47, align 2
  %415 = trunc i16 %414 to i8
  %416 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %415, i8 noundef signext 16)
  %417 = sext i8 %416 to i32
  %418 = getelementptr inbounds [9 x [1 x [9 x i32]]], ptr %50, i64 0, i64 3
  %419 = getelementptr inbounds [1 x [9 x i32]], ptr %418, i64 0, i64 0
  %420 = getelementptr inbounds [9 x i32], ptr %419, i64 0, i64 3
  store i32 %417, ptr %420, align 4
  %421 = trunc i32 %417 to i16
  %422 = load i8, ptr %5, align 1
  %423 = zext i8 %422 to i32
  %424 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %421, i32 noundef %423)
  %425 = sext i16 %424 to i64
  %426 = icmp sgt i64 0, %425
  %427 = zext i1 %426 to i32
  %428 = trunc i32 %427 to i16
  %429 = load ptr, ptr @g_80, align 8
  %430 = load i16, ptr %429, align 2
  %431 = zext i16 %430 to i32
  %432 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %428, i32 noundef %431)
  %433 = zext i16 %432 to i32
  %434 = or i32 %364, %433
  %435 = trunc i32 %434 to i8
  %436 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %435, i8 noundef signext 3)
  %437 = icmp ne i8 %436, 0
  br i1 %437, label %438, label %470

438:
  store i64 0, ptr @g_109, align 8
  br label %439

439:
  %440 = load i64, ptr @g_109, align 8
  %441 = icmp slt i64 %440, 9
  br i1 %441, label %442, label %469

442:
  store i64 0, ptr @g_40, align 8
  br label %443

443:
  %444 = load i64, ptr @g_40, align 8
  %445 = icmp ult i64 %444, 1
  br i1 %445, label %446, label %465

446:
  store i32 0, ptr @g_137, align 4
  br label %447

447:
  %448 = load i32, ptr @g_137, align 4
  %449 = icmp slt i32 %448, 9
  br i1 %449, label %450, label %461

450:
  %451 = load i64, ptr @g_109, align 8
  %452 = getelementptr inbounds [9 x [1 x [9 x i32]]], ptr %50, i64 0, i64 %451
  %453 = load i64, ptr @g_40, align 8
  %454 = getelementptr inbounds nuw [1 x [9 x i32]], ptr %452, i64 0, i64 %453
  %455 = load i32, ptr @g_137, align 4
  %456 = sext i32 %455 to i64
  %457 = getelementptr inbounds [9 x i32], ptr %454, i64 0, i64 %456
  store i32 0, ptr %457, align 4
  br label %458

458:
  %459 = load i32, ptr @g_137, align 4
  %460 = add nsw i32 %459, 1
  store i32 %460, ptr @g_137, align 4
  br label %447, !llvm.loop !46

461:
  br label %462

462:
  %463 = load i64, ptr @g_40, align 8
  %464 = add i64 %463, 1
  store i64 %464, ptr @g_40, align 8
  br label %443, !llvm.loop !47

465:
  br label %466

466:
  %467 = load i64, ptr @g_109, align 8
  %468 = add nsw i64 %467, 1
  store i64 %468, ptr @g_109, align 8
  br label %439, !llvm.loop !48

469:
  br label %495

470:
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %67, ptr align 16 @__const.func_66.l_170, i64 20, i1 false)
  store ptr @g_109, ptr %68, align 8
  store ptr @g_180, ptr %69, align 8
  %471 = getelementptr inbounds [9 x [1 x [9 x i32]]], ptr %50, i64 0, i64 8
  %472 = getelementptr inbounds [1 x [9 x i32]], ptr %471, i64 0, i64 0
  %473 = getelementptr inbounds [9 x i32], ptr %472, i64 0, i64 8
  %474 = load i32, ptr %473, align 16
  %475 = load i8, ptr %5, align 1
  %476 = zext i8 %475 to i32
  %477 = getelementptr inbounds [5 x i32], ptr %67, i64 0, i64 3
  %478 = load i32, ptr %477, align 4
  %479 = icmp eq i32 %476, %478
  %480 = zext i1 %479 to i32
  %481 = and i32 %474, %480
  %482 = load ptr, ptr %68, align 8
  store i64 936588672212503395, ptr %482, align 8
  %483 = load i8, ptr %5, align 1
  %484 = zext i8 %483 to i64
  %485 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef 936588672212503395, i64 noundef %484)
  %486 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext 1, i32 noundef 13)
  %487 = sext i16 %486 to i64
  %488 = or i64 %485, %487
  %489 = trunc i64 %488 to i32
  store i32 %489, ptr %27, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %71, ptr align 16 getelementptr inbounds ([6 x %struct.S3], ptr @g_177, i64 0, i64 2), i64 48, i1 true)
  %490 = load ptr, ptr %29, align 8
  %491 = load ptr, ptr @g_180, align 8
  %492 = load ptr, ptr %69, align 8
  store ptr %491, ptr %492, align 8
  store ptr %491, ptr %9, align 8
  %493 = icmp eq ptr %490, %491
  %494 = zext i1 %493 to i32
  store i32 %494, ptr %27, align 4
  br label %495

495:
  %496 = load volatile ptr, ptr @g_50, align 8
  %497 = load i32, ptr %496, align 4
  %498 = load i32, ptr %49, align 4
  %499 = and i32 %498, %497
  store i32 %499, ptr %49, align 4
  %500 = load ptr, ptr %52, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %500, ptr align 1 %10, i64 8, i1 false)
  br label %766

501:
  store ptr @g_186, ptr %72, align 8
  store i32 1776060948, ptr %73, align 4
  store i32 -9, ptr %74, align 4
  store i8 -12, ptr %75, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %76, ptr align 16 @__const.func_66.l_206, i64 80, i1 false)
  %502 = load ptr, ptr %72, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %502, ptr align 1 @g_186, i64 8, i1 true)
  %503 = load volatile i16, ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([6 x %struct.S3], ptr @g_177, i64 0, i64 2), i32 0, i32 2), align 2
  %504 = zext i16 %503 to i32
  %505 = icmp ne i32 %504, 0
  br i1 %505, label %506, label %624

506:
  %507 = load volatile ptr, ptr @g_50, align 8
  %508 = load i32, ptr %507, align 4
  %509 = sext i32 %508 to i64
  %510 = icmp eq i64 4294967295, %509
  br i1 %510, label %511, label %624

511:
  store i32 -1423024346, ptr %79, align 4
  store ptr getelementptr inbounds ([4 x ptr], ptr @g_197, i64 0, i64 2), ptr %80, align 8
  store ptr %10, ptr %81, align 8
  store ptr %81, ptr %82, align 8
  store ptr %10, ptr %83, align 8
  %512 = getelementptr inbounds ptr, ptr %83, i64 1
  store ptr %10, ptr %512, align 8
  %513 = getelementptr inbounds ptr, ptr %83, i64 2
  store ptr %10, ptr %513, align 8
  %514 = getelementptr inbounds ptr, ptr %83, i64 3
  store ptr %10, ptr %514, align 8
  %515 = getelementptr inbounds ptr, ptr %83, i64 4
  store ptr %10, ptr %515, align 8
  %516 = getelementptr inbounds ptr, ptr %83, i64 5
  store ptr %10, ptr %516, align 8
  %517 = getelementptr inbounds [6 x ptr], ptr %83, i64 1
  store ptr %10, ptr %517, align 8
  %518 = getelementptr inbounds ptr, ptr %517, i64 1
  store ptr %10, ptr %518, align 8
  %519 = getelementptr inbounds ptr, ptr %517, i64 2
  store ptr %10, ptr %519, align 8
  %520 = getelementptr inbounds ptr, ptr %517, i64 3
  store ptr %10, ptr %520, align 8
  %521 = getelementptr inbounds ptr, ptr %517, i64 4
  store ptr %10, ptr %521, align 8
  %522 = getelementptr inbounds ptr, ptr %517, i64 5
  store ptr %10, ptr %522, align 8
  %523 = getelementptr inbounds [2 x [6 x ptr]], ptr %83, i64 1
  store ptr %10, ptr %523, align 8
  %524 = getelementptr inbounds ptr, ptr %523, i64 1
  store ptr %10, ptr %524, align 8
  %525 = getelementptr inbounds ptr, ptr %523, i64 2
  store ptr %10, ptr %525, align 8
  %526 = getelementptr inbounds ptr, ptr %523, i64 3
  store ptr %10, ptr %526, align 8
  %527 = getelementptr inbounds ptr, ptr %523, i64 4
  store ptr %10, ptr %527, align 8
  %528 = getelementptr inbounds ptr, ptr %523, i64 5
  store ptr %10, ptr %528, align 8
  %529 = getelementptr inbounds [6 x ptr], ptr %523, i64 1
  store ptr %10, ptr %529, align 8
  %530 = getelementptr inbounds ptr, ptr %529, i64 1
  store ptr %10, ptr %530, align 8
  %531 = getelementptr inbounds ptr, ptr %529, i64 2
  store ptr %10, ptr %531, align 8
  %532 = getelementptr inbounds ptr, ptr %529, i64 3
  store ptr %10, ptr %532, align 8
  %533 = getelementptr inbounds ptr, ptr %529, i64 4
  store ptr %10, ptr %533, align 8
  %534 = getelementptr inbounds ptr, ptr %529, i64 5
  store ptr %10, ptr %534, align 8
  %535 = getelementptr inbounds [2 x [2 x [6 x ptr]]], ptr %83, i64 0, i64 1
  %536 = getelementptr inbounds [2 x [6 x ptr]], ptr %535, i64 0, i64 0
  %537 = getelementptr inbounds [6 x ptr], ptr %536, i64 0, i64 0
  store ptr %537, ptr %84, align 8
  store i32 0, ptr %85, align 4
  br label %538

538:
  %539 = load i32, ptr %85, align 4
  %540 = icmp slt i32 %539, 4
  br i1 %540, label %541, label %548

541:
  %542 = load i32, ptr %85, align 4
  %543 = sext i32 %542 to i64
  %544 = getelementptr inbounds [4 x ptr], ptr %78, i64 0, i64 %543
  store ptr null, ptr %544, align 8
  br label %545

545:
  %546 = load i32, ptr %85, align 4
  %547 = add nsw i32 %546, 1
  store i32 %547, ptr %85, align 4
  br label %538, !llvm.loop !49

548:
  %549 = load i32, ptr %8, align 4
  %550 = sext i32 %549 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %88, ptr align 1 @g_186, i64 8, i1 true)
  %551 = load i32, ptr %73, align 4
  %552 = load i8, ptr %5, align 1
  %553 = zext i8 %552 to i32
  %554 = icmp sgt i32 %551, %553
  br i1 %554, label %555, label %585

555:
  %556 = load i32, ptr %73, align 4
  %557 = load ptr, ptr %6, align 8
  %558 = load i16, ptr %557, align 2
  %559 = sext i16 %558 to i32
  %560 = xor i32 %559, %556
  %561 = trunc i32 %560 to i16
  store i16 %561, ptr %557, align 2
  %562 = sext i16 %561 to i64
  %563 = icmp sgt i64 30606, %562
  %564 = zext i1 %563 to i32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %89, ptr align 1 @g_191, i64 8, i1 true)
  %565 = load ptr, ptr %30, align 8
  %566 = icmp ne ptr %565, null
  %567 = zext i1 %566 to i32
  %568 = sext i32 %567 to i64
  %569 = icmp ne i64 %568, -4
  %570 = zext i1 %569 to i32
  %571 = load ptr, ptr %26, align 8
  %572 = load i32, ptr %571, align 4
  %573 = icmp slt i32 %564, %572
  %574 = zext i1 %573 to i32
  %575 = load ptr, ptr %4, align 8
  %576 = load i16, ptr %575, align 2
  %577 = zext i16 %576 to i32
  %578 = icmp sge i32 %574, %577
  br i1 %578, label %579, label %583

579:
  %580 = load i8, ptr %5, align 1
  %581 = zext i8 %580 to i32
  %582 = icmp ne i32 %581, 0
  br label %583

583:
  %584 = phi i1 [ false, %555 ], [ %582, %579 ]
  br label %585

585:
  %586 = phi i1 [ false, %548 ], [ %584, %583 ]
  br i1 %586, label %587, label %590

587:
  %588 = load i32, ptr %73, align 4
  %589 = icmp ne i32 %588, 0
  br label %590

590:
  %591 = phi i1 [ false, %585 ], [ %589, %587 ]
  %592 = zext i1 %591 to i32
  %593 = sext i32 %592 to i64
  %594 = or i64 %593, 1
  %595 = icmp uge i64 %550, %594
  %596 = zext i1 %595 to i32
  %597 = load i32, ptr %74, align 4
  %598 = xor i32 %597, %596
  store i32 %598, ptr %74, align 4
  %599 = trunc i32 %598 to i8
  %600 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %599, i32 noundef 6)
  %601 = sext i8 %600 to i32
  %602 = icmp ne i32 %601, 0
  br i1 %602, label %607, label %603

603:
  %604 = load i8, ptr %75, align 1
  %605 = zext i8 %604 to i32
  %606 = icmp ne i32 %605, 0
  br label %607

607:
  %608 = phi i1 [ true, %590 ], [ %606, %603 ]
  %609 = zext i1 %608 to i32
  %610 = load ptr, ptr %4, align 8
  %611 = load ptr, ptr %6, align 8
  %612 = icmp ne ptr %610, %611
  br i1 %612, label %613, label %616

613:
  %614 = load i32, ptr %79, align 4
  %615 = icmp ne i32 %614, 0
  br label %616

616:
  %617 = phi i1 [ false, %607 ], [ %615, %613 ]
  %618 = zext i1 %617 to i32
  store i32 %618, ptr %27, align 4
  %619 = load volatile ptr, ptr getelementptr inbounds ([4 x ptr], ptr @g_197, i64 0, i64 2), align 16
  %620 = load ptr, ptr %80, align 8
  store volatile ptr %619, ptr %620, align 8
  %621 = load volatile ptr, ptr @g_200, align 8
  store ptr @g_137, ptr %621, align 8
  %622 = load ptr, ptr %82, align 8
  store ptr null, ptr %622, align 8
  %623 = load ptr, ptr %84, align 8
  store ptr null, ptr %623, align 8
  br label %765

624:
  store i64 1474776351369356038, ptr %90, align 8
  store ptr null, ptr %91, align 8
  %625 = getelementptr inbounds [10 x ptr], ptr %76, i64 0, i64 4
  %626 = load ptr, ptr %625, align 16
  %627 = icmp ne ptr null, %626
  %628 = zext i1 %627 to i32
  store i32 %628, ptr %27, align 4
  %629 = load i8, ptr %5, align 1
  %630 = load i32, ptr %74, align 4
  %631 = load ptr, ptr @g_80, align 8
  %632 = load i16, ptr %631, align 2
  %633 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 1
  %634 = load i32, ptr %633, align 1
  %635 = shl i32 %634, 13
  %636 = ashr i32 %635, 25
  %637 = sext i32 %636 to i64
  %638 = load ptr, ptr @g_181, align 8
  %639 = load i16, ptr %638, align 2
  %640 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([6 x %struct.S3], ptr @g_177, i64 0, i64 2), i32 0, i32 6), align 8
  %641 = shl i32 %640, 11
  %642 = ashr i32 %641, 11
  %643 = trunc i32 %642 to i16
  %644 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %639, i16 noundef zeroext %643)
  %645 = trunc i16 %644 to i8
  %646 = load i8, ptr %5, align 1
  %647 = zext i8 %646 to i32
  %648 = load ptr, ptr %4, align 8
  %649 = load ptr, ptr %40, align 8
  %650 = icmp ne ptr %648, %649
  %651 = zext i1 %650 to i32
  %652 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %647, i32 noundef %651)
  %653 = trunc i32 %652 to i8
  %654 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %645, i8 noundef zeroext %653)
  %655 = zext i8 %654 to i64
  %656 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %637, i64 noundef %655)
  %657 = trunc i64 %656 to i8
  %658 = load i8, ptr %5, align 1
  %659 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %657, i8 noundef signext %658)
  %660 = sext i8 %659 to i32
  %661 = icmp ne i32 %660, 0
  br i1 %661, label %662, label %663

662:
  br label %663

663:
  %664 = phi i1 [ false, %624 ], [ true, %662 ]
  %665 = zext i1 %664 to i32
  %666 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %632, i32 noundef %665)
  %667 = zext i16 %666 to i32
  %668 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %630, i32 noundef %667)
  %669 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 1
  %670 = load i32, ptr %669, align 1
  %671 = shl i32 %670, 20
  %672 = ashr i32 %671, 20
  %673 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %668, i32 noundef %672)
  %674 = icmp ne i32 %673, 0
  br i1 %674, label %676, label %675

675:
  br label %676

676:
  %677 = phi i1 [ true, %663 ], [ true, %675 ]
  %678 = zext i1 %677 to i32
  store i32 %678, ptr %74, align 4
  store i64 19, ptr @g_40, align 8
  br label %679

679:
  %680 = load i64, ptr @g_40, align 8
  %681 = icmp ule i64 %680, 15
  br i1 %681, label %682, label %764

682:
  store ptr null, ptr %92, align 8
  store ptr %92, ptr %93, align 8
  store ptr null, ptr %94, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %96, ptr align 16 @__const.func_66.l_247, i64 280, i1 false)
  store ptr %27, ptr %97, align 8
  store i32 0, ptr %98, align 4
  br label %683

683:
  %684 = load i32, ptr %98, align 4
  %685 = icmp slt i32 %684, 1
  br i1 %685, label %686, label %693

686:
  %687 = load i32, ptr %98, align 4
  %688 = sext i32 %687 to i64
  %689 = getelementptr inbounds [1 x ptr], ptr %95, i64 0, i64 %688
  store ptr %94, ptr %689, align 8
  br label %690

690:
  %691 = load i32, ptr %98, align 4
  %692 = add nsw i32 %691, 1
  store i32 %692, ptr %98, align 4
  br label %683, !llvm.loop !50

693:
  %694 = load ptr, ptr %93, align 8
  store ptr @g_191, ptr %694, align 8
  %695 = load i64, ptr %90, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %100, ptr align 16 getelementptr inbounds ([6 x %struct.S3], ptr @g_177, i64 0, i64 2), i64 40, i1 true)
  %696 = load ptr, ptr %6, align 8
  store i16 21169, ptr %696, align 2
  %697 = load ptr, ptr %26, align 8
  %698 = load i32, ptr %697, align 4
  %699 = load ptr, ptr @g_181, align 8
  %700 = load i16, ptr %699, align 2
  %701 = zext i16 %700 to i32
  %702 = or i32 %701, %698
  %703 = trunc i32 %702 to i16
  store i16 %703, ptr %699, align 2
  %704 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext 21169, i16 noundef signext %703)
  %705 = sext i16 %704 to i64
  %706 = and i64 %695, %705
  %707 = load i32, ptr @g_139, align 4
  %708 = load i8, ptr %5, align 1
  %709 = zext i8 %708 to i32
  %710 = icmp sle i32 %707, %709
  %711 = zext i1 %710 to i32
  %712 = getelementptr inbounds [9 x ptr], ptr %42, i64 0, i64 3
  store ptr null, ptr %712, align 8
  %713 = load ptr, ptr %32, align 8
  %714 = icmp ne ptr %713, null
  %715 = zext i1 %714 to i32
  %716 = sext i32 %715 to i64
  %717 = or i64 %716, 255
  %718 = or i64 %717, 1
  %719 = icmp ne i64 %718, 6455626920284637069
  %720 = zext i1 %719 to i32
  %721 = trunc i32 %720 to i8
  %722 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 1
  %723 = load i32, ptr %722, align 1
  %724 = lshr i32 %723, 19
  %725 = and i32 %724, 4095
  %726 = trunc i32 %725 to i8
  %727 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %721, i8 noundef zeroext %726)
  %728 = zext i8 %727 to i64
  %729 = icmp slt i64 63994, %728
  %730 = zext i1 %729 to i32
  %731 = trunc i32 %730 to i16
  %732 = load ptr, ptr @g_80, align 8
  %733 = load i16, ptr %732, align 2
  %734 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %731, i16 noundef signext %733)
  %735 = load i8, ptr %5, align 1
  %736 = zext i8 %735 to i32
  %737 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %734, i32 noundef %736)
  %738 = sext i16 %737 to i64
  %739 = load ptr, ptr %26, align 8
  %740 = load i32, ptr %739, align 4
  %741 = sext i32 %740 to i64
  %742 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef %738, i64 noundef %741)
  %743 = or i64 %706, 1
  %744 = load ptr, ptr %91, align 8
  %745 = icmp ne ptr null, %744
  %746 = zext i1 %745 to i32
  %747 = load i8, ptr %5, align 1
  %748 = zext i8 %747 to i32
  %749 = icmp ne i32 %746, %748
  %750 = zext i1 %749 to i32
  %751 = getelementptr inbounds [7 x [10 x i32]], ptr %96, i64 0, i64 4
  %752 = getelementptr inbounds [10 x i32], ptr %751, i64 0, i64 6
  %753 = load i32, ptr %752, align 8
  %754 = and i32 %753, %750
  store i32 %754, ptr %752, align 8
  %755 = getelementptr inbounds [7 x [10 x i32]], ptr %96, i64 0, i64 4
  %756 = getelementptr inbounds [10 x i32], ptr %755, i64 0, i64 6
  store ptr %756, ptr %97, align 8
  %757 = load i8, ptr %5, align 1
  %758 = icmp ne i8 %757, 0
  br i1 %758, label %759, label %760

759:
  br label %761

760:
  br label %761

761:
  %762 = load i64, ptr @g_40, align 8
  %763 = add i64 %762, -1
  store i64 %763, ptr @g_40, align 8
  br label %679, !llvm.loop !51

764:
  br label %765

765:
  br label %766

766:
  br label %767

767:
  %768 = load i16, ptr @g_113, align 2
  %769 = sext i16 %768 to i64
  %770 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %769, i64 noundef 4)
  %771 = trunc i64 %770 to i16
  store i16 %771, ptr @g_113, align 2
  br label %242, !llvm.loop !52

772:
  br label %1729

773:
  store ptr %7, ptr %101, align 8
  %774 = getelementptr inbounds ptr, ptr %101, i64 1
  store ptr %6, ptr %774, align 8
  %775 = getelementptr inbounds ptr, ptr %101, i64 2
  store ptr null, ptr %775, align 8
  %776 = getelementptr inbounds [3 x ptr], ptr %101, i64 1
  store ptr %6, ptr %776, align 8
  %777 = getelementptr inbounds ptr, ptr %776, i64 1
  store ptr %7, ptr %777, align 8
  %778 = getelementptr inbounds ptr, ptr %776, i64 2
  store ptr null, ptr %778, align 8
  %779 = getelementptr inbounds [3 x ptr], ptr %101, i64 2
  store ptr null, ptr %779, align 8
  %780 = getelementptr inbounds ptr, ptr %779, i64 1
  store ptr %6, ptr %780, align 8
  %781 = getelementptr inbounds ptr, ptr %779, i64 2
  store ptr %6, ptr %781, align 8
  %782 = getelementptr inbounds [3 x ptr], ptr %101, i64 3
  store ptr %7, ptr %782, align 8
  %783 = getelementptr inbounds ptr, ptr %782, i64 1
  store ptr %6, ptr %783, align 8
  %784 = getelementptr inbounds ptr, ptr %782, i64 2
  store ptr %6, ptr %784, align 8
  %785 = getelementptr inbounds [3 x ptr], ptr %101, i64 4
  store ptr %7, ptr %785, align 8
  %786 = getelementptr inbounds ptr, ptr %785, i64 1
  store ptr %6, ptr %786, align 8
  %787 = getelementptr inbounds ptr, ptr %785, i64 2
  store ptr %7, ptr %787, align 8
  %788 = getelementptr inbounds [3 x ptr], ptr %101, i64 5
  store ptr %6, ptr %788, align 8
  %789 = getelementptr inbounds ptr, ptr %788, i64 1
  store ptr %6, ptr %789, align 8
  %790 = getelementptr inbounds ptr, ptr %788, i64 2
  store ptr %6, ptr %790, align 8
  %791 = getelementptr inbounds [3 x ptr], ptr %101, i64 6
  store ptr %7, ptr %791, align 8
  %792 = getelementptr inbounds ptr, ptr %791, i64 1
  store ptr %6, ptr %792, align 8
  %793 = getelementptr inbounds ptr, ptr %791, i64 2
  store ptr %7, ptr %793, align 8
  %794 = getelementptr inbounds [3 x ptr], ptr %101, i64 7
  store ptr %7, ptr %794, align 8
  %795 = getelementptr inbounds ptr, ptr %794, i64 1
  store ptr %7, ptr %795, align 8
  %796 = getelementptr inbounds ptr, ptr %794, i64 2
  store ptr null, ptr %796, align 8
  %797 = getelementptr inbounds [3 x ptr], ptr %101, i64 8
  store ptr %7, ptr %797, align 8
  %798 = getelementptr inbounds ptr, ptr %797, i64 1
  store ptr %6, ptr %798, align 8
  %799 = getelementptr inbounds ptr, ptr %797, i64 2
  store ptr %6, ptr %799, align 8
  %800 = getelementptr inbounds [3 x ptr], ptr %101, i64 9
  store ptr %7, ptr %800, align 8
  %801 = getelementptr inbounds ptr, ptr %800, i64 1
  store ptr %7, ptr %801, align 8
  %802 = getelementptr inbounds ptr, ptr %800, i64 2
  store ptr %7, ptr %802, align 8
  %803 = getelementptr inbounds [10 x [3 x ptr]], ptr %101, i64 1
  store ptr %6, ptr %803, align 8
  %804 = getelementptr inbounds ptr, ptr %803, i64 1
  store ptr null, ptr %804, align 8
  %805 = getelementptr inbounds ptr, ptr %803, i64 2
  store ptr %7, ptr %805, align 8
  %806 = getelementptr inbounds [3 x ptr], ptr %803, i64 1
  store ptr %7, ptr %806, align 8
  %807 = getelementptr inbounds ptr, ptr %806, i64 1
  store ptr null, ptr %807, align 8
  %808 = getelementptr inbounds ptr, ptr %806, i64 2
  store ptr %7, ptr %808, align 8
  %809 = getelementptr inbounds [3 x ptr], ptr %803, i64 2
  store ptr %7, ptr %809, align 8
  %810 = getelementptr inbounds ptr, ptr %809, i64 1
  store ptr %7, ptr %810, align 8
  %811 = getelementptr inbounds ptr, ptr %809, i64 2
  store ptr %6, ptr %811, align 8
  %812 = getelementptr inbounds [3 x ptr], ptr %803, i64 3
  call void @llvm.memset.p0.i64(ptr align 8 %812, i8 0, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %812, ptr align 8 @constinit.355, i64 24, i1 false)
  %813 = getelementptr inbounds [3 x ptr], ptr %803, i64 4
  store ptr %6, ptr %813, align 8
  %814 = getelementptr inbounds ptr, ptr %813, i64 1
  store ptr null, ptr %814, align 8
  %815 = getelementptr inbounds ptr, ptr %813, i64 2
  store ptr %7, ptr %815, align 8
  %816 = getelementptr inbounds [3 x ptr], ptr %803, i64 5
  store ptr %7, ptr %816, align 8
  %817 = getelementptr inbounds ptr, ptr %816, i64 1
  store ptr %7, ptr %817, align 8
  %818 = getelementptr inbounds ptr, ptr %816, i64 2
  store ptr %6, ptr %818, align 8
  %819 = getelementptr inbounds [3 x ptr], ptr %803, i64 6
  store ptr null, ptr %819, align 8
  %820 = getelementptr inbounds ptr, ptr %819, i64 1
  store ptr null, ptr %820, align 8
  %821 = getelementptr inbounds ptr, ptr %819, i64 2
  store ptr %7, ptr %821, align 8
  %822 = getelementptr inbounds [3 x ptr], ptr %803, i64 7
  store ptr %7, ptr %822, align 8
  %823 = getelementptr inbounds ptr, ptr %822, i64 1
  store ptr null, ptr %823, align 8
  %824 = getelementptr inbounds ptr, ptr %822, i64 2
  store ptr %6, ptr %824, align 8
  %825 = getelementptr inbounds [3 x ptr], ptr %803, i64 8
  store ptr null, ptr %825, align 8
  %826 = getelementptr inbounds ptr, ptr %825, i64 1
  store ptr %7, ptr %826, align 8
  %827 = getelementptr inbounds ptr, ptr %825, i64 2
  store ptr %6, ptr %827, align 8
  %828 = getelementptr inbounds [3 x ptr], ptr %803, i64 9
  store ptr %7, ptr %828, align 8
  %829 = getelementptr inbounds ptr, ptr %828, i64 1
  store ptr %6, ptr %829, align 8
  %830 = getelementptr inbounds ptr, ptr %828, i64 2
  store ptr null, ptr %830, align 8
  %831 = getelementptr inbounds [10 x [3 x ptr]], ptr %101, i64 2
  store ptr %6, ptr %831, align 8
  %832 = getelementptr inbounds ptr, ptr %831, i64 1
  store ptr %7, ptr %832, align 8
  %833 = getelementptr inbounds ptr, ptr %831, i64 2
  store ptr null, ptr %833, align 8
  %834 = getelementptr inbounds [3 x ptr], ptr %831, i64 1
  store ptr %7, ptr %834, align 8
  %835 = getelementptr inbounds ptr, ptr %834, i64 1
  store ptr null, ptr %835, align 8
  %836 = getelementptr inbounds ptr, ptr %834, i64 2
  store ptr %6, ptr %836, align 8
  %837 = getelementptr inbounds [3 x ptr], ptr %831, i64 2
  store ptr null, ptr %837, align 8
  %838 = getelementptr inbounds ptr, ptr %837, i64 1
  store ptr %6, ptr %838, align 8
  %839 = getelementptr inbounds ptr, ptr %837, i64 2
  store ptr %7, ptr %839, align 8
  %840 = getelementptr inbounds [3 x ptr], ptr %831, i64 3
  store ptr %6, ptr %840, align 8
  %841 = getelementptr inbounds ptr, ptr %840, i64 1
  store ptr %7, ptr %841, align 8
  %842 = getelementptr inbounds ptr, ptr %840, i64 2
  store ptr %7, ptr %842, align 8
  %843 = getelementptr inbounds [3 x ptr], ptr %831, i64 4
  store ptr %7, ptr %843, align 8
  %844 = getelementptr inbounds ptr, ptr %843, i64 1
  store ptr %6, ptr %844, align 8
  %845 = getelementptr inbounds ptr, ptr %843, i64 2
  store ptr %6, ptr %845, align 8
  %846 = getelementptr inbounds [3 x ptr], ptr %831, i64 5
  store ptr %7, ptr %846, align 8
  %847 = getelementptr inbounds ptr, ptr %846, i64 1
  store ptr null, ptr %847, align 8
  %848 = getelementptr inbounds ptr, ptr %846, i64 2
  store ptr null, ptr %848, align 8
  %849 = getelementptr inbounds [3 x ptr], ptr %831, i64 6
  store ptr %7, ptr %849, align 8
  %850 = getelementptr inbounds ptr, ptr %849, i64 1
  store ptr %7, ptr %850, align 8
  %851 = getelementptr inbounds ptr, ptr %849, i64 2
  store ptr %7, ptr %851, align 8
  %852 = getelementptr inbounds [3 x ptr], ptr %831, i64 7
  store ptr %7, ptr %852, align 8
  %853 = getelementptr inbounds ptr, ptr %852, i64 1
  store ptr %7, ptr %853, align 8
  %854 = getelementptr inbounds ptr, ptr %852, i64 2
  store ptr %7, ptr %854, align 8
  %855 = getelementptr inbounds [3 x ptr], ptr %831, i64 8
  store ptr %7, ptr %855, align 8
  %856 = getelementptr inbounds ptr, ptr %855, i64 1
  store ptr %6, ptr %856, align 8
  %857 = getelementptr inbounds ptr, ptr %855, i64 2
  store ptr %7, ptr %857, align 8
  %858 = getelementptr inbounds [3 x ptr], ptr %831, i64 9
  store ptr %7, ptr %858, align 8
  %859 = getelementptr inbounds ptr, ptr %858, i64 1
  store ptr %7, ptr %859, align 8
  %860 = getelementptr inbounds ptr, ptr %858, i64 2
  store ptr %7, ptr %860, align 8
  %861 = getelementptr inbounds [10 x [3 x ptr]], ptr %101, i64 3
  store ptr %6, ptr %861, align 8
  %862 = getelementptr inbounds ptr, ptr %861, i64 1
  store ptr %7, ptr %862, align 8
  %863 = getelementptr inbounds ptr, ptr %861, i64 2
  store ptr %7, ptr %863, align 8
  %864 = getelementptr inbounds [3 x ptr], ptr %861, i64 1
  store ptr null, ptr %864, align 8
  %865 = getelementptr inbounds ptr, ptr %864, i64 1
  store ptr %7, ptr %865, align 8
  %866 = getelementptr inbounds ptr, ptr %864, i64 2
  store ptr %7, ptr %866, align 8
  %867 = getelementptr inbounds [3 x ptr], ptr %861, i64 2
  store ptr %7, ptr %867, align 8
  %868 = getelementptr inbounds ptr, ptr %867, i64 1
  store ptr %6, ptr %868, align 8
  %869 = getelementptr inbounds ptr, ptr %867, i64 2
  store ptr %7, ptr %869, align 8
  %870 = getelementptr inbounds [3 x ptr], ptr %861, i64 3
  store ptr null, ptr %870, align 8
  %871 = getelementptr inbounds ptr, ptr %870, i64 1
  store ptr %6, ptr %871, align 8
  %872 = getelementptr inbounds ptr, ptr %870, i64 2
  store ptr null, ptr %872, align 8
  %873 = getelementptr inbounds [3 x ptr], ptr %861, i64 4
  store ptr null, ptr %873, align 8
  %874 = getelementptr inbounds ptr, ptr %873, i64 1
  store ptr %7, ptr %874, align 8
  %875 = getelementptr inbounds ptr, ptr %873, i64 2
  store ptr %6, ptr %875, align 8
  %876 = getelementptr inbounds [3 x ptr], ptr %861, i64 5
  store ptr %6, ptr %876, align 8
  %877 = getelementptr inbounds ptr, ptr %876, i64 1
  store ptr %7, ptr %877, align 8
  %878 = getelementptr inbounds ptr, ptr %876, i64 2
  store ptr %7, ptr %878, align 8
  %879 = getelementptr inbounds [3 x ptr], ptr %861, i64 6
  store ptr %7, ptr %879, align 8
  %880 = getelementptr inbounds ptr, ptr %879, i64 1
  store ptr %7, ptr %880, align 8
  %881 = getelementptr inbounds ptr, ptr %879, i64 2
  store ptr %7, ptr %881, align 8
  %882 = getelementptr inbounds [3 x ptr], ptr %861, i64 7
  store ptr %6, ptr %882, align 8
  %883 = getelementptr inbounds ptr, ptr %882, i64 1
  store ptr %6, ptr %883, align 8
  %884 = getelementptr inbounds ptr, ptr %882, i64 2
  store ptr %6, ptr %884, align 8
  %885 = getelementptr inbounds [3 x ptr], ptr %861, i64 8
  store ptr null, ptr %885, align 8
  %886 = getelementptr inbounds ptr, ptr %885, i64 1
  store ptr %7, ptr %886, align 8
  %887 = getelementptr inbounds ptr, ptr %885, i64 2
  store ptr null, ptr %887, align 8
  %888 = getelementptr inbounds [3 x ptr], ptr %861, i64 9
  store ptr null, ptr %888, align 8
  %889 = getelementptr inbounds ptr, ptr %888, i64 1
  store ptr %7, ptr %889, align 8
  %890 = getelementptr inbounds ptr, ptr %888, i64 2
  store ptr null, ptr %890, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %102, ptr align 1 @__const.func_66.l_357, i64 8, i1 false)
  store i8 97, ptr %103, align 1
  store ptr @g_28, ptr %104, align 8
  %891 = getelementptr inbounds [8 x ptr], ptr %105, i64 0, i64 2
  store ptr %891, ptr %106, align 8
  store ptr %103, ptr %107, align 8
  store ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), ptr %108, align 8
  store ptr @g_318, ptr %109, align 8
  store i32 -387023790, ptr %111, align 4
  store i32 1, ptr %112, align 4
  store i32 -7, ptr %114, align 4
  store i32 0, ptr %115, align 4
  br label %892

892:
  %893 = load i32, ptr %115, align 4
  %894 = icmp slt i32 %893, 8
  br i1 %894, label %895, label %902

895:
  %896 = load i32, ptr %115, align 4
  %897 = sext i32 %896 to i64
  %898 = getelementptr inbounds [8 x ptr], ptr %105, i64 0, i64 %897
  store ptr %10, ptr %898, align 8
  br label %899

899:
  %900 = load i32, ptr %115, align 4
  %901 = add nsw i32 %900, 1
  store i32 %901, ptr %115, align 4
  br label %892, !llvm.loop !53

902:
  store i32 0, ptr %115, align 4
  br label %903

903:
  %904 = load i32, ptr %115, align 4
  %905 = icmp slt i32 %904, 2
  br i1 %905, label %906, label %913

906:
  %907 = load i32, ptr %115, align 4
  %908 = sext i32 %907 to i64
  %909 = getelementptr inbounds [2 x i8], ptr %110, i64 0, i64 %908
  store i8 0, ptr %909, align 1
  br label %910

910:
  %911 = load i32, ptr %115, align 4
  %912 = add nsw i32 %911, 1
  store i32 %912, ptr %115, align 4
  br label %903, !llvm.loop !54

913:
  store i32 0, ptr %115, align 4
  br label %914

914:
  %915 = load i32, ptr %115, align 4
  %916 = icmp slt i32 %915, 1
  br i1 %916, label %917, label %924

917:
  %918 = load i32, ptr %115, align 4
  %919 = sext i32 %918 to i64
  %920 = getelementptr inbounds [1 x i32], ptr %113, i64 0, i64 %919
  store i32 1494204975, ptr %920, align 4
  br label %921

921:
  %922 = load i32, ptr %115, align 4
  %923 = add nsw i32 %922, 1
  store i32 %923, ptr %115, align 4
  br label %914, !llvm.loop !55

924:
  %925 = getelementptr inbounds [4 x [10 x [3 x ptr]]], ptr %101, i64 0, i64 1
  %926 = getelementptr inbounds [10 x [3 x ptr]], ptr %925, i64 0, i64 0
  %927 = getelementptr inbounds [3 x ptr], ptr %926, i64 0, i64 2
  %928 = load ptr, ptr %927, align 16
  %929 = load volatile ptr, ptr @g_349, align 8
  store ptr %928, ptr %929, align 8
  store i32 7, ptr @g_139, align 4
  br label %930

930:
  %931 = load i32, ptr @g_139, align 4
  %932 = icmp sge i32 %931, 0
  br i1 %932, label %933, label %1116

933:
  store ptr @g_207, ptr %118, align 8
  store ptr @g_255, ptr %119, align 8
  store i32 -516935659, ptr %120, align 4
  store ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 5), ptr %121, align 8
  %934 = load i32, ptr @g_139, align 4
  %935 = sext i32 %934 to i64
  %936 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %935
  %937 = load i32, ptr %936, align 4
  %938 = load i32, ptr %16, align 4
  %939 = icmp ule i32 %937, %938
  %940 = zext i1 %939 to i32
  %941 = trunc i32 %940 to i8
  %942 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %941, i8 noundef signext -7)
  %943 = icmp ne i8 %942, 0
  %944 = xor i1 %943, true
  %945 = zext i1 %944 to i32
  %946 = load i32, ptr @g_139, align 4
  %947 = sext i32 %946 to i64
  %948 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %947
  store i32 %945, ptr %948, align 4
  %949 = load volatile i32, ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([6 x %struct.S3], ptr @g_177, i64 0, i64 2), i32 0, i32 3), align 4
  %950 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 1
  %951 = load i32, ptr %950, align 1
  %952 = shl i32 %951, 20
  %953 = ashr i32 %952, 20
  %954 = trunc i32 %953 to i8
  %955 = load ptr, ptr %118, align 8
  store i8 %954, ptr %955, align 1
  %956 = sext i8 %954 to i32
  %957 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), align 1
  %958 = zext i8 %957 to i32
  %959 = zext i32 %958 to i64
  %960 = or i64 238646248, %959
  %961 = icmp sge i64 7057, %960
  %962 = zext i1 %961 to i32
  %963 = xor i32 %956, %962
  %964 = trunc i32 %963 to i8
  %965 = load ptr, ptr %119, align 8
  store i8 %964, ptr %965, align 1
  %966 = zext i8 %964 to i32
  %967 = icmp sle i32 %949, %966
  %968 = zext i1 %967 to i32
  %969 = icmp ne i32 %945, %968
  %970 = zext i1 %969 to i32
  %971 = load i32, ptr %16, align 4
  %972 = icmp ne i32 %970, %971
  %973 = zext i1 %972 to i32
  %974 = load i32, ptr %120, align 4
  %975 = or i32 %974, %973
  store i32 %975, ptr %120, align 4
  %976 = load i8, ptr %103, align 1
  %977 = sext i8 %976 to i64
  store ptr @g_350, ptr %17, align 8
  %978 = load i32, ptr %8, align 4
  %979 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext 1, i32 noundef %978)
  %980 = sext i16 %979 to i32
  %981 = load i8, ptr %5, align 1
  %982 = zext i8 %981 to i32
  %983 = icmp ne i32 %982, 0
  br i1 %983, label %1035, label %984

984:
  %985 = load i8, ptr %5, align 1
  %986 = zext i8 %985 to i64
  %987 = load i32, ptr @g_139, align 4
  %988 = sext i32 %987 to i64
  %989 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %988
  %990 = load i32, ptr %989, align 4
  %991 = sext i32 %990 to i64
  %992 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  %993 = load i32, ptr %992, align 4
  %994 = trunc i32 %993 to i16
  %995 = getelementptr inbounds nuw %struct.S1, ptr %102, i32 0, i32 1
  %996 = load i32, ptr %995, align 1
  %997 = lshr i32 %996, 19
  %998 = and i32 %997, 4095
  %999 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %994, i32 noundef %998)
  %1000 = zext i16 %999 to i32
  %1001 = load i8, ptr %5, align 1
  %1002 = zext i8 %1001 to i32
  %1003 = and i32 %1000, %1002
  %1004 = sext i32 %1003 to i64
  %1005 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %991, i64 noundef %1004)
  %1006 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %1005, i64 noundef -2897848357475074416)
  %1007 = or i64 %986, %1006
  %1008 = load i32, ptr %8, align 4
  %1009 = sext i32 %1008 to i64
  %1010 = or i64 %1007, %1009
  %1011 = icmp ne i64 %1010, 0
  br i1 %1011, label %1012, label %1018

1012:
  %1013 = load i32, ptr @g_139, align 4
  %1014 = sext i32 %1013 to i64
  %1015 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1014
  %1016 = load i32, ptr %1015, align 4
  %1017 = icmp ne i32 %1016, 0
  br label %1018

1018:
  %1019 = phi i1 [ false, %984 ], [ %1017, %1012 ]
  %1020 = zext i1 %1019 to i32
  %1021 = trunc i32 %1020 to i8
  %1022 = load i8, ptr %5, align 1
  %1023 = zext i8 %1022 to i32
  %1024 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %1021, i32 noundef %1023)
  %1025 = sext i8 %1024 to i64
  %1026 = or i64 %1025, 5
  %1027 = load i8, ptr %5, align 1
  %1028 = zext i8 %1027 to i64
  %1029 = or i64 %1026, %1028
  %1030 = load i32, ptr @g_139, align 4
  %1031 = sext i32 %1030 to i64
  %1032 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1031
  %1033 = load i32, ptr %1032, align 4
  %1034 = icmp ne i32 %1033, 0
  br label %1035

1035:
  %1036 = phi i1 [ true, %933 ], [ %1034, %1018 ]
  %1037 = zext i1 %1036 to i32
  %1038 = icmp ne i32 %980, %1037
  %1039 = zext i1 %1038 to i32
  %1040 = load ptr, ptr %118, align 8
  %1041 = load i8, ptr %1040, align 1
  %1042 = sext i8 %1041 to i32
  %1043 = xor i32 %1042, %1039
  %1044 = trunc i32 %1043 to i8
  store i8 %1044, ptr %1040, align 1
  %1045 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 1), align 4
  %1046 = sext i8 %1045 to i64
  %1047 = load ptr, ptr %121, align 8
  store i64 %1046, ptr %1047, align 8
  %1048 = load i8, ptr %5, align 1
  %1049 = zext i8 %1048 to i64
  %1050 = or i64 %1046, %1049
  %1051 = icmp ne i64 %1050, 0
  br i1 %1051, label %1056, label %1052

1052:
  %1053 = load i8, ptr %5, align 1
  %1054 = zext i8 %1053 to i32
  %1055 = icmp ne i32 %1054, 0
  br label %1056

1056:
  %1057 = phi i1 [ true, %1035 ], [ %1055, %1052 ]
  %1058 = zext i1 %1057 to i32
  %1059 = trunc i32 %1058 to i16
  %1060 = load ptr, ptr %7, align 8
  store i16 %1059, ptr %1060, align 2
  %1061 = load i32, ptr @g_139, align 4
  %1062 = sext i32 %1061 to i64
  %1063 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1062
  %1064 = load i32, ptr %1063, align 4
  %1065 = trunc i32 %1064 to i16
  %1066 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %1059, i16 noundef signext %1065)
  %1067 = sext i16 %1066 to i32
  %1068 = load ptr, ptr @g_181, align 8
  %1069 = load i16, ptr %1068, align 2
  %1070 = zext i16 %1069 to i32
  %1071 = or i32 %1070, %1067
  %1072 = trunc i32 %1071 to i16
  store i16 %1072, ptr %1068, align 2
  %1073 = zext i16 %1072 to i32
  %1074 = load i32, ptr @g_139, align 4
  %1075 = sext i32 %1074 to i64
  %1076 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1075
  %1077 = load i32, ptr %1076, align 4
  %1078 = icmp ne i32 %1073, %1077
  br i1 %1078, label %1084, label %1079

1079:
  %1080 = load ptr, ptr @g_351, align 8
  %1081 = load i16, ptr %1080, align 2
  %1082 = sext i16 %1081 to i32
  %1083 = icmp ne i32 %1082, 0
  br label %1084

1084:
  %1085 = phi i1 [ true, %1056 ], [ %1083, %1079 ]
  %1086 = zext i1 %1085 to i32
  %1087 = sext i32 %1086 to i64
  %1088 = xor i64 %1087, -6894856998058077811
  %1089 = icmp ult i64 %977, %1088
  br i1 %1089, label %1090, label %1095

1090:
  %1091 = load ptr, ptr %4, align 8
  %1092 = load i16, ptr %1091, align 2
  %1093 = zext i16 %1092 to i32
  %1094 = icmp ne i32 %1093, 0
  br label %1095

1095:
  %1096 = phi i1 [ false, %1084 ], [ %1094, %1090 ]
  %1097 = zext i1 %1096 to i32
  %1098 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext 1, i32 noundef %1097)
  %1099 = zext i8 %1098 to i32
  %1100 = load i8, ptr %5, align 1
  %1101 = zext i8 %1100 to i32
  %1102 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1099, i32 noundef %1101)
  %1103 = zext i32 %1102 to i64
  %1104 = call i64 @safe_div_func_int64_t_s_s(i64 noundef %1103, i64 noundef 6660726040535926091)
  %1105 = load i32, ptr @g_139, align 4
  %1106 = sext i32 %1105 to i64
  %1107 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1106
  %1108 = load i32, ptr %1107, align 4
  %1109 = sext i32 %1108 to i64
  %1110 = icmp slt i64 %1104, %1109
  %1111 = zext i1 %1110 to i32
  %1112 = load volatile ptr, ptr @g_385, align 8
  store i32 %1111, ptr %1112, align 4
  br label %1113

1113:
  %1114 = load i32, ptr @g_139, align 4
  %1115 = sub nsw i32 %1114, 1
  store i32 %1115, ptr @g_139, align 4
  br label %930, !llvm.loop !56

1116:
  store i8 0, ptr %103, align 1
  br label %1117

1117:
  %1118 = load i8, ptr %103, align 1
  %1119 = sext i8 %1118 to i32
  %1120 = icmp sle i32 %1119, 2
  br i1 %1120, label %1121, label %1129

1121:
  %1122 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1122, ptr %123, align 8
  %1123 = load ptr, ptr %104, align 8
  store ptr %1123, ptr %3, align 8
  br label %2489

1124:
  %1125 = load i8, ptr %103, align 1
  %1126 = sext i8 %1125 to i32
  %1127 = add nsw i32 %1126, 1
  %1128 = trunc i32 %1127 to i8
  store i8 %1128, ptr %103, align 1
  br label %1117, !llvm.loop !57

1129:
  %1130 = load ptr, ptr @g_80, align 8
  %1131 = load i16, ptr %1130, align 2
  %1132 = zext i16 %1131 to i32
  %1133 = icmp ne i32 %1132, 0
  br i1 %1133, label %1134, label %1198

1134:
  %1135 = load ptr, ptr %106, align 8
  store ptr %10, ptr %1135, align 8
  %1136 = icmp ne ptr %10, %10
  %1137 = zext i1 %1136 to i32
  %1138 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  %1139 = load i32, ptr %1138, align 4
  %1140 = icmp sle i32 %1139, 1
  %1141 = zext i1 %1140 to i32
  %1142 = load ptr, ptr %104, align 8
  %1143 = load i32, ptr %1142, align 4
  %1144 = trunc i32 %1143 to i16
  %1145 = load ptr, ptr @g_181, align 8
  store i16 %1144, ptr %1145, align 2
  %1146 = zext i16 %1144 to i32
  %1147 = xor i32 %1141, %1146
  %1148 = trunc i32 %1147 to i8
  %1149 = load ptr, ptr %107, align 8
  store i8 %1148, ptr %1149, align 1
  %1150 = sext i8 %1148 to i32
  %1151 = load i8, ptr @g_255, align 1
  %1152 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %1151, i8 noundef zeroext 9)
  %1153 = load i8, ptr %5, align 1
  %1154 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %1152, i8 noundef zeroext %1153)
  %1155 = zext i8 %1154 to i32
  %1156 = load ptr, ptr %108, align 8
  %1157 = load i16, ptr %1156, align 2
  %1158 = zext i16 %1157 to i32
  %1159 = or i32 %1158, %1155
  %1160 = trunc i32 %1159 to i16
  store i16 %1160, ptr %1156, align 2
  %1161 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %1160, i16 noundef zeroext -25263)
  %1162 = zext i16 %1161 to i32
  %1163 = icmp sgt i32 %1150, %1162
  %1164 = zext i1 %1163 to i32
  %1165 = trunc i32 %1164 to i8
  %1166 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %1165, i32 noundef 0)
  %1167 = load ptr, ptr @g_181, align 8
  %1168 = load i16, ptr %1167, align 2
  %1169 = zext i16 %1168 to i32
  %1170 = load ptr, ptr %109, align 8
  %1171 = load i16, ptr %1170, align 2
  %1172 = zext i16 %1171 to i32
  %1173 = and i32 %1172, %1169
  %1174 = trunc i32 %1173 to i16
  store i16 %1174, ptr %1170, align 2
  %1175 = zext i16 %1174 to i32
  %1176 = load ptr, ptr %104, align 8
  %1177 = load i32, ptr %1176, align 4
  %1178 = or i32 %1175, %1177
  %1179 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 2), align 1
  %1180 = zext i8 %1179 to i32
  %1181 = and i32 %1178, %1180
  %1182 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 6), align 8
  %1183 = shl i32 %1182, 11
  %1184 = ashr i32 %1183, 11
  %1185 = or i32 %1181, %1184
  %1186 = or i32 %1137, %1185
  %1187 = trunc i32 %1186 to i16
  %1188 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %1187, i32 noundef 4)
  %1189 = zext i16 %1188 to i32
  %1190 = load ptr, ptr @g_80, align 8
  %1191 = load i16, ptr %1190, align 2
  %1192 = zext i16 %1191 to i32
  %1193 = xor i32 %1189, %1192
  %1194 = load ptr, ptr @g_351, align 8
  %1195 = load i16, ptr %1194, align 2
  %1196 = sext i16 %1195 to i32
  %1197 = icmp ne i32 %1196, 0
  br label %1198

1198:
  %1199 = phi i1 [ false, %1129 ], [ %1197, %1134 ]
  %1200 = zext i1 %1199 to i32
  %1201 = load ptr, ptr %104, align 8
  %1202 = load i32, ptr %1201, align 4
  %1203 = icmp ne i32 %1200, %1202
  br i1 %1203, label %1208, label %1204

1204:
  %1205 = load i8, ptr %5, align 1
  %1206 = zext i8 %1205 to i32
  %1207 = icmp ne i32 %1206, 0
  br label %1208

1208:
  %1209 = phi i1 [ true, %1198 ], [ %1207, %1204 ]
  %1210 = zext i1 %1209 to i32
  %1211 = load i8, ptr %5, align 1
  %1212 = zext i8 %1211 to i32
  %1213 = and i32 %1210, %1212
  %1214 = load i8, ptr %5, align 1
  %1215 = zext i8 %1214 to i32
  %1216 = icmp eq i32 %1213, %1215
  %1217 = zext i1 %1216 to i32
  %1218 = sext i32 %1217 to i64
  %1219 = icmp eq i64 %1218, -1
  %1220 = zext i1 %1219 to i32
  %1221 = load ptr, ptr %104, align 8
  %1222 = load i32, ptr %1221, align 4
  %1223 = or i32 %1220, %1222
  %1224 = trunc i32 %1223 to i8
  %1225 = load i32, ptr @g_137, align 4
  %1226 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %1224, i32 noundef %1225)
  %1227 = icmp ne i8 %1226, 0
  br i1 %1227, label %1228, label %1289

1228:
  store ptr %104, ptr %125, align 8
  store i64 2160189247487369271, ptr %126, align 8
  store i32 0, ptr %127, align 4
  br label %1229

1229:
  %1230 = load i32, ptr %127, align 4
  %1231 = icmp slt i32 %1230, 1
  br i1 %1231, label %1232, label %1240

1232:
  %1233 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 0
  %1234 = load i32, ptr %127, align 4
  %1235 = sext i32 %1234 to i64
  %1236 = getelementptr inbounds [1 x ptr], ptr %124, i64 0, i64 %1235
  store ptr %1233, ptr %1236, align 8
  br label %1237

1237:
  %1238 = load i32, ptr %127, align 4
  %1239 = add nsw i32 %1238, 1
  store i32 %1239, ptr %127, align 4
  br label %1229, !llvm.loop !58

1240:
  %1241 = load ptr, ptr %104, align 8
  %1242 = getelementptr inbounds [1 x ptr], ptr %124, i64 0, i64 0
  store ptr %1241, ptr %1242, align 8
  %1243 = load ptr, ptr %104, align 8
  %1244 = load ptr, ptr %125, align 8
  store ptr %1243, ptr %1244, align 8
  %1245 = load ptr, ptr @g_351, align 8
  %1246 = load i16, ptr %1245, align 2
  %1247 = getelementptr inbounds [2 x i8], ptr %110, i64 0, i64 0
  %1248 = load i8, ptr %1247, align 1
  %1249 = load ptr, ptr %104, align 8
  %1250 = load i32, ptr %1249, align 4
  %1251 = sext i32 %1250 to i64
  %1252 = icmp ne i64 438961436, %1251
  %1253 = zext i1 %1252 to i32
  %1254 = icmp ne ptr %9, @g_180
  %1255 = zext i1 %1254 to i32
  %1256 = trunc i32 %1255 to i8
  %1257 = load ptr, ptr %107, align 8
  store i8 %1256, ptr %1257, align 1
  %1258 = load ptr, ptr %104, align 8
  %1259 = load i32, ptr %1258, align 4
  %1260 = trunc i32 %1259 to i8
  %1261 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %1256, i8 noundef signext %1260)
  %1262 = sext i8 %1261 to i32
  %1263 = icmp ne i32 %1262, 0
  br i1 %1263, label %1264, label %1273

1264:
  %1265 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 0
  %1266 = load i32, ptr %1265, align 16
  %1267 = icmp ne i32 %1266, 0
  %1268 = xor i1 %1267, true
  %1269 = zext i1 %1268 to i32
  %1270 = load i8, ptr %5, align 1
  %1271 = zext i8 %1270 to i32
  %1272 = icmp sge i32 %1269, %1271
  br label %1273

1273:
  %1274 = phi i1 [ false, %1240 ], [ %1272, %1264 ]
  %1275 = zext i1 %1274 to i32
  %1276 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 1
  %1277 = load i32, ptr %1276, align 1
  %1278 = shl i32 %1277, 20
  %1279 = ashr i32 %1278, 20
  %1280 = and i32 %1279, %1275
  %1281 = load i32, ptr %1276, align 1
  %1282 = and i32 %1280, 4095
  %1283 = and i32 %1281, -4096
  %1284 = or i32 %1283, %1282
  store i32 %1284, ptr %1276, align 1
  %1285 = shl i32 %1282, 20
  %1286 = ashr i32 %1285, 20
  %1287 = load i64, ptr %126, align 8
  %1288 = add i64 %1287, 1
  store i64 %1288, ptr %126, align 8
  br label %1728

1289:
  store ptr %13, ptr %128, align 8
  store i32 2128956093, ptr %129, align 4
  store i32 1691337477, ptr %130, align 4
  store i32 0, ptr %131, align 4
  store i32 0, ptr %132, align 4
  store i32 -6, ptr %133, align 4
  store i32 9, ptr %134, align 4
  %1290 = load i32, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %135, ptr align 8 @g_422, i64 48, i1 true)
  %1291 = load i32, ptr @g_137, align 4
  %1292 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef 1, i32 noundef %1291)
  %1293 = load ptr, ptr %128, align 8
  store i32 %1292, ptr %1293, align 4
  store i8 25, ptr %103, align 1
  br label %1294

1294:
  %1295 = load i8, ptr %103, align 1
  %1296 = sext i8 %1295 to i32
  %1297 = icmp sge i32 %1296, 2
  br i1 %1297, label %1298, label %1727

1298:
  store i32 -1929438511, ptr %137, align 4
  store i32 1, ptr %138, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %139, ptr align 16 @__const.func_66.l_469, i64 252, i1 false)
  store i32 1597707492, ptr %140, align 4
  store i32 0, ptr %141, align 4
  br label %1299

1299:
  %1300 = load i32, ptr %141, align 4
  %1301 = icmp slt i32 %1300, 2
  br i1 %1301, label %1302, label %1309

1302:
  %1303 = load i32, ptr %141, align 4
  %1304 = sext i32 %1303 to i64
  %1305 = getelementptr inbounds [2 x i32], ptr %136, i64 0, i64 %1304
  store i32 1810289327, ptr %1305, align 4
  br label %1306

1306:
  %1307 = load i32, ptr %141, align 4
  %1308 = add nsw i32 %1307, 1
  store i32 %1308, ptr %141, align 4
  br label %1299, !llvm.loop !59

1309:
  store i8 0, ptr @g_207, align 1
  br label %1310

1310:
  %1311 = load i8, ptr @g_207, align 1
  %1312 = sext i8 %1311 to i32
  %1313 = icmp sle i32 %1312, 2
  br i1 %1313, label %1314, label %1716

1314:
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %144, ptr align 1 @__const.func_66.l_438, i64 8, i1 true)
  store ptr %16, ptr %145, align 8
  store i32 512542030, ptr %146, align 4
  store i32 1802926296, ptr %147, align 4
  store i32 -798097593, ptr %148, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %144, ptr align 1 @g_186, i64 8, i1 true)
  %1315 = load i8, ptr @g_207, align 1
  %1316 = sext i8 %1315 to i32
  %1317 = add nsw i32 %1316, 2
  %1318 = sext i32 %1317 to i64
  %1319 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1318
  %1320 = load i32, ptr %1319, align 4
  %1321 = trunc i32 %1320 to i8
  %1322 = call zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %1321, i8 noundef zeroext -1)
  %1323 = zext i8 %1322 to i32
  %1324 = icmp ne i32 %1323, 0
  br i1 %1324, label %1326, label %1325

1325:
  br label %1326

1326:
  %1327 = phi i1 [ true, %1314 ], [ true, %1325 ]
  %1328 = zext i1 %1327 to i32
  %1329 = xor i32 %1328, -1
  %1330 = sext i32 %1329 to i64
  store i64 -6192642770884901170, ptr @g_109, align 8
  %1331 = icmp sgt i64 %1330, -6192642770884901170
  br i1 %1331, label %1380, label %1332

1332:
  %1333 = getelementptr inbounds [2 x i32], ptr %136, i64 0, i64 1
  %1334 = load i32, ptr %1333, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %150, ptr align 1 @g_186, i64 8, i1 true)
  %1335 = load ptr, ptr @g_180, align 8
  %1336 = load ptr, ptr %1335, align 8
  %1337 = load i16, ptr %1336, align 2
  %1338 = load ptr, ptr %145, align 8
  %1339 = load i32, ptr %1338, align 4
  %1340 = add i32 %1339, -1
  store i32 %1340, ptr %1338, align 4
  %1341 = icmp ule i32 %1334, %1340
  %1342 = zext i1 %1341 to i32
  %1343 = load i64, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 5), align 16
  %1344 = trunc i64 %1343 to i32
  %1345 = call i32 @safe_div_func_int32_t_s_s(i32 noundef 0, i32 noundef %1344)
  %1346 = icmp eq i32 %1342, %1345
  br i1 %1346, label %1353, label %1347

1347:
  %1348 = getelementptr inbounds nuw %struct.S1, ptr %144, i32 0, i32 1
  %1349 = load volatile i32, ptr %1348, align 1
  %1350 = shl i32 %1349, 13
  %1351 = ashr i32 %1350, 25
  %1352 = icmp ne i32 %1351, 0
  br label %1353

1353:
  %1354 = phi i1 [ true, %1332 ], [ %1352, %1347 ]
  %1355 = zext i1 %1354 to i32
  %1356 = sext i32 %1355 to i64
  %1357 = icmp sge i64 %1356, 0
  %1358 = zext i1 %1357 to i32
  %1359 = sext i32 %1358 to i64
  %1360 = icmp slt i64 %1359, 5105976591124200692
  %1361 = zext i1 %1360 to i32
  %1362 = load i8, ptr %5, align 1
  %1363 = zext i8 %1362 to i32
  %1364 = load i8, ptr @g_207, align 1
  %1365 = sext i8 %1364 to i32
  %1366 = add nsw i32 %1365, 2
  %1367 = sext i32 %1366 to i64
  %1368 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1367
  %1369 = load i32, ptr %1368, align 4
  %1370 = icmp sgt i32 %1363, %1369
  %1371 = zext i1 %1370 to i32
  %1372 = trunc i32 %1371 to i8
  %1373 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %1372, i8 noundef zeroext -1)
  %1374 = zext i8 %1373 to i32
  %1375 = icmp ne i32 %1374, 0
  br i1 %1375, label %1380, label %1376

1376:
  %1377 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 2), align 1
  %1378 = zext i8 %1377 to i32
  %1379 = icmp ne i32 %1378, 0
  br label %1380

1380:
  %1381 = phi i1 [ true, %1353 ], [ true, %1326 ], [ %1379, %1376 ]
  %1382 = zext i1 %1381 to i32
  %1383 = sext i32 %1382 to i64
  %1384 = and i64 %1383, 8
  %1385 = trunc i64 %1384 to i8
  %1386 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %1385, i32 noundef 1)
  %1387 = zext i8 %1386 to i32
  %1388 = icmp ne i32 %1387, 0
  br i1 %1388, label %1389, label %1390

1389:
  br label %1390

1390:
  %1391 = phi i1 [ false, %1380 ], [ true, %1389 ]
  %1392 = zext i1 %1391 to i32
  %1393 = load ptr, ptr %128, align 8
  store i32 %1392, ptr %1393, align 4
  %1394 = load i64, ptr @g_413, align 1
  %1395 = shl i64 %1394, 25
  %1396 = ashr i64 %1395, 45
  %1397 = trunc i64 %1396 to i32
  %1398 = icmp sgt i32 %1392, %1397
  %1399 = zext i1 %1398 to i32
  %1400 = load i8, ptr %5, align 1
  %1401 = zext i8 %1400 to i32
  store i32 %1401, ptr %14, align 4
  store i32 0, ptr %8, align 4
  br label %1402

1402:
  %1403 = load i32, ptr %8, align 4
  %1404 = icmp sle i32 %1403, 2
  br i1 %1404, label %1405, label %1710

1405:
  %1406 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1406, ptr %151, align 8
  %1407 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 4
  store ptr %1407, ptr %152, align 8
  store ptr %111, ptr %153, align 8
  store ptr @g_137, ptr %154, align 8
  store ptr %13, ptr %155, align 8
  %1408 = load i8, ptr @g_207, align 1
  %1409 = sext i8 %1408 to i32
  %1410 = add nsw i32 %1409, 2
  %1411 = sext i32 %1410 to i64
  %1412 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1411
  store ptr %1412, ptr %156, align 8
  %1413 = getelementptr inbounds ptr, ptr %156, i64 1
  %1414 = load i8, ptr @g_207, align 1
  %1415 = sext i8 %1414 to i32
  %1416 = add nsw i32 %1415, 2
  %1417 = sext i32 %1416 to i64
  %1418 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1417
  store ptr %1418, ptr %1413, align 8
  %1419 = getelementptr inbounds ptr, ptr %156, i64 2
  %1420 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1420, ptr %1419, align 8
  %1421 = getelementptr inbounds ptr, ptr %156, i64 3
  %1422 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1422, ptr %1421, align 8
  %1423 = getelementptr inbounds ptr, ptr %156, i64 4
  %1424 = load i8, ptr @g_207, align 1
  %1425 = sext i8 %1424 to i32
  %1426 = add nsw i32 %1425, 2
  %1427 = sext i32 %1426 to i64
  %1428 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1427
  store ptr %1428, ptr %1423, align 8
  %1429 = getelementptr inbounds ptr, ptr %156, i64 5
  %1430 = load i8, ptr @g_207, align 1
  %1431 = sext i8 %1430 to i32
  %1432 = add nsw i32 %1431, 2
  %1433 = sext i32 %1432 to i64
  %1434 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1433
  store ptr %1434, ptr %1429, align 8
  %1435 = getelementptr inbounds ptr, ptr %156, i64 6
  %1436 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1436, ptr %1435, align 8
  %1437 = getelementptr inbounds [7 x ptr], ptr %156, i64 1
  store ptr @g_137, ptr %1437, align 8
  %1438 = getelementptr inbounds ptr, ptr %1437, i64 1
  %1439 = load i8, ptr @g_207, align 1
  %1440 = sext i8 %1439 to i32
  %1441 = add nsw i32 %1440, 2
  %1442 = sext i32 %1441 to i64
  %1443 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1442
  store ptr %1443, ptr %1438, align 8
  %1444 = getelementptr inbounds ptr, ptr %1437, i64 2
  store ptr @g_137, ptr %1444, align 8
  %1445 = getelementptr inbounds ptr, ptr %1437, i64 3
  %1446 = load i8, ptr @g_207, align 1
  %1447 = sext i8 %1446 to i32
  %1448 = add nsw i32 %1447, 2
  %1449 = sext i32 %1448 to i64
  %1450 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1449
  store ptr %1450, ptr %1445, align 8
  %1451 = getelementptr inbounds ptr, ptr %1437, i64 4
  store ptr @g_137, ptr %1451, align 8
  %1452 = getelementptr inbounds ptr, ptr %1437, i64 5
  %1453 = load i8, ptr @g_207, align 1
  %1454 = sext i8 %1453 to i32
  %1455 = add nsw i32 %1454, 2
  %1456 = sext i32 %1455 to i64
  %1457 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1456
  store ptr %1457, ptr %1452, align 8
  %1458 = getelementptr inbounds ptr, ptr %1437, i64 6
  store ptr @g_137, ptr %1458, align 8
  %1459 = getelementptr inbounds [7 x ptr], ptr %156, i64 2
  %1460 = load i8, ptr @g_207, align 1
  %1461 = sext i8 %1460 to i32
  %1462 = add nsw i32 %1461, 2
  %1463 = sext i32 %1462 to i64
  %1464 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1463
  store ptr %1464, ptr %1459, align 8
  %1465 = getelementptr inbounds ptr, ptr %1459, i64 1
  %1466 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1466, ptr %1465, align 8
  %1467 = getelementptr inbounds ptr, ptr %1459, i64 2
  %1468 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1468, ptr %1467, align 8
  %1469 = getelementptr inbounds ptr, ptr %1459, i64 3
  %1470 = load i8, ptr @g_207, align 1
  %1471 = sext i8 %1470 to i32
  %1472 = add nsw i32 %1471, 2
  %1473 = sext i32 %1472 to i64
  %1474 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1473
  store ptr %1474, ptr %1469, align 8
  %1475 = getelementptr inbounds ptr, ptr %1459, i64 4
  %1476 = load i8, ptr @g_207, align 1
  %1477 = sext i8 %1476 to i32
  %1478 = add nsw i32 %1477, 2
  %1479 = sext i32 %1478 to i64
  %1480 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 %1479
  store ptr %1480, ptr %1475, align 8
  %1481 = getelementptr inbounds ptr, ptr %1459, i64 5
  %1482 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1482, ptr %1481, align 8
  %1483 = getelementptr inbounds ptr, ptr %1459, i64 6
  %1484 = getelementptr inbounds [8 x i32], ptr %15, i64 0, i64 7
  store ptr %1484, ptr %1483, align 8
  %1485 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1485, ptr %157, align 8
  %1486 = getelementptr inbounds ptr, ptr %157, i64 1
  %1487 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1487, ptr %1486, align 8
  %1488 = getelementptr inbounds ptr, ptr %157, i64 2
  %1489 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1489, ptr %1488, align 8
  %1490 = getelementptr inbounds ptr, ptr %157, i64 3
  store ptr null, ptr %1490, align 8
  %1491 = getelementptr inbounds ptr, ptr %157, i64 4
  %1492 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1492, ptr %1491, align 8
  %1493 = getelementptr inbounds ptr, ptr %157, i64 5
  store ptr null, ptr %1493, align 8
  %1494 = getelementptr inbounds [6 x ptr], ptr %157, i64 1
  call void @llvm.memset.p0.i64(ptr align 16 %1494, i8 0, i64 48, i1 false)
  %1495 = getelementptr inbounds ptr, ptr %1494, i64 1
  %1496 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1496, ptr %1495, align 8
  %1497 = getelementptr inbounds ptr, ptr %1494, i64 2
  %1498 = getelementptr inbounds ptr, ptr %1494, i64 3
  %1499 = getelementptr inbounds ptr, ptr %1494, i64 4
  %1500 = getelementptr inbounds ptr, ptr %1494, i64 5
  %1501 = getelementptr inbounds [6 x ptr], ptr %157, i64 2
  %1502 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1502, ptr %1501, align 8
  %1503 = getelementptr inbounds ptr, ptr %1501, i64 1
  %1504 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1504, ptr %1503, align 8
  %1505 = getelementptr inbounds ptr, ptr %1501, i64 2
  %1506 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1506, ptr %1505, align 8
  %1507 = getelementptr inbounds ptr, ptr %1501, i64 3
  store ptr null, ptr %1507, align 8
  %1508 = getelementptr inbounds ptr, ptr %1501, i64 4
  %1509 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1509, ptr %1508, align 8
  %1510 = getelementptr inbounds ptr, ptr %1501, i64 5
  store ptr null, ptr %1510, align 8
  %1511 = getelementptr inbounds [6 x ptr], ptr %157, i64 3
  call void @llvm.memset.p0.i64(ptr align 16 %1511, i8 0, i64 48, i1 false)
  %1512 = getelementptr inbounds ptr, ptr %1511, i64 1
  %1513 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1513, ptr %1512, align 8
  %1514 = getelementptr inbounds ptr, ptr %1511, i64 2
  %1515 = getelementptr inbounds ptr, ptr %1511, i64 3
  %1516 = getelementptr inbounds ptr, ptr %1511, i64 4
  %1517 = getelementptr inbounds ptr, ptr %1511, i64 5
  %1518 = getelementptr inbounds [6 x ptr], ptr %157, i64 4
  %1519 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1519, ptr %1518, align 8
  %1520 = getelementptr inbounds ptr, ptr %1518, i64 1
  %1521 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1521, ptr %1520, align 8
  %1522 = getelementptr inbounds ptr, ptr %1518, i64 2
  %1523 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1523, ptr %1522, align 8
  %1524 = getelementptr inbounds ptr, ptr %1518, i64 3
  store ptr null, ptr %1524, align 8
  %1525 = getelementptr inbounds ptr, ptr %1518, i64 4
  %1526 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1526, ptr %1525, align 8
  %1527 = getelementptr inbounds ptr, ptr %1518, i64 5
  store ptr null, ptr %1527, align 8
  %1528 = getelementptr inbounds [6 x ptr], ptr %157, i64 5
  call void @llvm.memset.p0.i64(ptr align 16 %1528, i8 0, i64 48, i1 false)
  %1529 = getelementptr inbounds ptr, ptr %1528, i64 1
  %1530 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1530, ptr %1529, align 8
  %1531 = getelementptr inbounds ptr, ptr %1528, i64 2
  %1532 = getelementptr inbounds ptr, ptr %1528, i64 3
  %1533 = getelementptr inbounds ptr, ptr %1528, i64 4
  %1534 = getelementptr inbounds ptr, ptr %1528, i64 5
  %1535 = getelementptr inbounds [6 x ptr], ptr %157, i64 6
  %1536 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1536, ptr %1535, align 8
  %1537 = getelementptr inbounds ptr, ptr %1535, i64 1
  %1538 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1538, ptr %1537, align 8
  %1539 = getelementptr inbounds ptr, ptr %1535, i64 2
  %1540 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1540, ptr %1539, align 8
  %1541 = getelementptr inbounds ptr, ptr %1535, i64 3
  store ptr null, ptr %1541, align 8
  %1542 = getelementptr inbounds ptr, ptr %1535, i64 4
  %1543 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1543, ptr %1542, align 8
  %1544 = getelementptr inbounds ptr, ptr %1535, i64 5
  store ptr null, ptr %1544, align 8
  %1545 = getelementptr inbounds [6 x ptr], ptr %157, i64 7
  call void @llvm.memset.p0.i64(ptr align 16 %1545, i8 0, i64 48, i1 false)
  %1546 = getelementptr inbounds ptr, ptr %1545, i64 1
  %1547 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1547, ptr %1546, align 8
  %1548 = getelementptr inbounds ptr, ptr %1545, i64 2
  %1549 = getelementptr inbounds ptr, ptr %1545, i64 3
  %1550 = getelementptr inbounds ptr, ptr %1545, i64 4
  %1551 = getelementptr inbounds ptr, ptr %1545, i64 5
  %1552 = getelementptr inbounds [6 x ptr], ptr %157, i64 8
  %1553 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1553, ptr %1552, align 8
  %1554 = getelementptr inbounds ptr, ptr %1552, i64 1
  store ptr null, ptr %1554, align 8
  %1555 = getelementptr inbounds ptr, ptr %1552, i64 2
  %1556 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 2
  store ptr %1556, ptr %1555, align 8
  %1557 = getelementptr inbounds ptr, ptr %1552, i64 3
  %1558 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1558, ptr %1557, align 8
  %1559 = getelementptr inbounds ptr, ptr %1552, i64 4
  %1560 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 1
  store ptr %1560, ptr %1559, align 8
  %1561 = getelementptr inbounds ptr, ptr %1552, i64 5
  %1562 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  store ptr %1562, ptr %1561, align 8
  %1563 = load i32, ptr %114, align 4
  %1564 = add i32 %1563, 1
  store i32 %1564, ptr %114, align 4
  %1565 = load i8, ptr %5, align 1
  %1566 = zext i8 %1565 to i64
  %1567 = call i64 @safe_unary_minus_func_uint64_t_u(i64 noundef %1566)
  %1568 = trunc i64 %1567 to i8
  %1569 = load i32, ptr %147, align 4
  %1570 = sext i32 %1569 to i64
  %1571 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %1570, i64 noundef 1)
  %1572 = trunc i64 %1571 to i8
  %1573 = getelementptr inbounds nuw %struct.S1, ptr %144, i32 0, i32 1
  %1574 = load volatile i32, ptr %1573, align 1
  %1575 = lshr i32 %1574, 19
  %1576 = and i32 %1575, 4095
  %1577 = trunc i32 %1576 to i16
  %1578 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %1577, i16 noundef signext 8)
  %1579 = trunc i16 %1578 to i8
  %1580 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %1572, i8 noundef signext %1579)
  %1581 = sext i8 %1580 to i32
  %1582 = getelementptr inbounds [4 x ptr], ptr %19, i64 0, i64 0
  %1583 = load ptr, ptr %1582, align 16
  store ptr %1583, ptr getelementptr inbounds ([5 x ptr], ptr getelementptr inbounds ([4 x [5 x ptr]], ptr @g_508, i64 0, i64 2), i64 0, i64 3), align 8
  %1584 = load i8, ptr %5, align 1
  %1585 = load ptr, ptr %104, align 8
  %1586 = load i32, ptr %1585, align 4
  %1587 = icmp ne i32 %1586, 0
  %1588 = xor i1 %1587, true
  %1589 = zext i1 %1588 to i32
  %1590 = load i16, ptr @g_113, align 2
  %1591 = sext i16 %1590 to i32
  %1592 = icmp ne i32 %1589, %1591
  %1593 = zext i1 %1592 to i32
  %1594 = load i64, ptr @g_413, align 1
  %1595 = shl i64 %1594, 44
  %1596 = ashr i64 %1595, 44
  %1597 = trunc i64 %1596 to i32
  %1598 = icmp sle i32 %1593, %1597
  %1599 = zext i1 %1598 to i32
  %1600 = load ptr, ptr @g_351, align 8
  %1601 = load i16, ptr %1600, align 2
  %1602 = sext i16 %1601 to i32
  %1603 = icmp sle i32 %1599, %1602
  %1604 = zext i1 %1603 to i32
  %1605 = sext i32 %1604 to i64
  %1606 = icmp slt i64 %1605, 202
  %1607 = zext i1 %1606 to i32
  %1608 = load ptr, ptr %128, align 8
  store i32 %1607, ptr %1608, align 4
  %1609 = icmp eq ptr %1583, @g_201
  %1610 = zext i1 %1609 to i32
  %1611 = load ptr, ptr %104, align 8
  %1612 = load i32, ptr %1611, align 4
  %1613 = xor i32 %1610, %1612
  %1614 = load ptr, ptr %153, align 8
  store i32 %1613, ptr %1614, align 4
  %1615 = load ptr, ptr @g_511, align 8
  %1616 = icmp ne ptr null, %1615
  %1617 = zext i1 %1616 to i32
  %1618 = trunc i32 %1617 to i16
  %1619 = getelementptr inbounds [1 x [7 x [9 x i32]]], ptr %139, i64 0, i64 0
  %1620 = getelementptr inbounds [7 x [9 x i32]], ptr %1619, i64 0, i64 3
  %1621 = getelementptr inbounds [9 x i32], ptr %1620, i64 0, i64 8
  %1622 = load i32, ptr %1621, align 4
  %1623 = trunc i32 %1622 to i16
  %1624 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %1618, i16 noundef zeroext %1623)
  %1625 = zext i16 %1624 to i32
  %1626 = icmp ne i32 %1581, %1625
  %1627 = zext i1 %1626 to i32
  %1628 = getelementptr inbounds [1 x [7 x [9 x i32]]], ptr %139, i64 0, i64 0
  %1629 = getelementptr inbounds [7 x [9 x i32]], ptr %1628, i64 0, i64 0
  %1630 = getelementptr inbounds [9 x i32], ptr %1629, i64 0, i64 1
  %1631 = load i32, ptr %1630, align 4
  %1632 = icmp sge i32 %1627, %1631
  %1633 = zext i1 %1632 to i32
  %1634 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %1568, i32 noundef %1633)
  %1635 = zext i8 %1634 to i32
  %1636 = load i8, ptr %5, align 1
  %1637 = zext i8 %1636 to i32
  %1638 = icmp sge i32 %1635, %1637
  %1639 = zext i1 %1638 to i32
  %1640 = load ptr, ptr @g_351, align 8
  %1641 = load i16, ptr %1640, align 2
  %1642 = sext i16 %1641 to i32
  %1643 = icmp sge i32 %1639, %1642
  %1644 = zext i1 %1643 to i32
  %1645 = sext i32 %1644 to i64
  %1646 = icmp sle i64 %1645, 15671
  %1647 = zext i1 %1646 to i32
  %1648 = load ptr, ptr @g_351, align 8
  %1649 = load i16, ptr %1648, align 2
  %1650 = sext i16 %1649 to i32
  %1651 = load ptr, ptr %6, align 8
  %1652 = load i16, ptr %1651, align 2
  %1653 = sext i16 %1652 to i32
  %1654 = and i32 %1653, %1650
  %1655 = trunc i32 %1654 to i16
  store i16 %1655, ptr %1651, align 2
  %1656 = load ptr, ptr %104, align 8
  %1657 = load i32, ptr %1656, align 4
  %1658 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %1655, i32 noundef %1657)
  %1659 = load ptr, ptr %4, align 8
  %1660 = load i16, ptr %1659, align 2
  %1661 = zext i16 %1660 to i32
  %1662 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %1658, i32 noundef %1661)
  %1663 = getelementptr inbounds nuw %struct.S1, ptr %144, i32 0, i32 1
  %1664 = load volatile i32, ptr %1663, align 1
  %1665 = shl i32 %1664, 13
  %1666 = ashr i32 %1665, 25
  %1667 = trunc i32 %1666 to i16
  %1668 = load ptr, ptr %7, align 8
  store i16 %1667, ptr %1668, align 2
  %1669 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 6), align 8
  %1670 = shl i32 %1669, 11
  %1671 = ashr i32 %1670, 11
  %1672 = trunc i32 %1671 to i16
  %1673 = call signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext %1667, i16 noundef signext %1672)
  %1674 = sext i16 %1673 to i32
  %1675 = load ptr, ptr %154, align 8
  store i32 %1674, ptr %1675, align 4
  %1676 = sext i32 %1674 to i64
  %1677 = xor i64 %1676, -9
  %1678 = trunc i64 %1677 to i8
  %1679 = load i32, ptr %147, align 4
  %1680 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %1678, i32 noundef %1679)
  %1681 = sext i8 %1680 to i32
  %1682 = load i32, ptr %148, align 4
  %1683 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %1681, i32 noundef %1682)
  %1684 = sext i32 %1683 to i64
  %1685 = icmp sgt i64 %1684, 54702
  %1686 = zext i1 %1685 to i32
  %1687 = trunc i32 %1686 to i16
  %1688 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %1687, i32 noundef 1)
  %1689 = load ptr, ptr %4, align 8
  %1690 = load i16, ptr %1689, align 2
  %1691 = load ptr, ptr @g_181, align 8
  %1692 = load i16, ptr %1691, align 2
  %1693 = zext i16 %1692 to i32
  %1694 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %1690, i32 noundef %1693)
  %1695 = zext i16 %1694 to i64
  %1696 = icmp ugt i64 %1695, 0
  %1697 = zext i1 %1696 to i32
  %1698 = sext i32 %1697 to i64
  %1699 = icmp sgt i64 %1698, 0
  %1700 = zext i1 %1699 to i32
  %1701 = trunc i32 %1700 to i8
  %1702 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %1701, i32 noundef 2)
  %1703 = zext i8 %1702 to i32
  %1704 = load ptr, ptr %151, align 8
  %1705 = load i32, ptr %1704, align 4
  %1706 = and i32 %1705, %1703
  store i32 %1706, ptr %1704, align 4
  br label %1707

1707:
  %1708 = load i32, ptr %8, align 4
  %1709 = add nsw i32 %1708, 1
  store i32 %1709, ptr %8, align 4
  br label %1402, !llvm.loop !60

1710:
  br label %1711

1711:
  %1712 = load i8, ptr @g_207, align 1
  %1713 = sext i8 %1712 to i32
  %1714 = add nsw i32 %1713, 1
  %1715 = trunc i32 %1714 to i8
  store i8 %1715, ptr @g_207, align 1
  br label %1310, !llvm.loop !61

1716:
  %1717 = load ptr, ptr %104, align 8
  %1718 = load i32, ptr %1717, align 4
  %1719 = icmp ne i32 %1718, 0
  br i1 %1719, label %1720, label %1721

1720:
  br label %1727

1721:
  %1722 = load i32, ptr %140, align 4
  %1723 = add i32 %1722, 1
  store i32 %1723, ptr %140, align 4
  br label %1724

1724:
  %1725 = load i8, ptr %103, align 1
  %1726 = add i8 %1725, -1
  store i8 %1726, ptr %103, align 1
  br label %1294, !llvm.loop !62

1727:
  br label %1728

1728:
  br label %1729

1729:
  %1730 = load i64, ptr @g_109, align 8
  %1731 = icmp sle i64 %1730, -10
  %1732 = zext i1 %1731 to i32
  %1733 = trunc i32 %1732 to i8
  %1734 = load i8, ptr %5, align 1
  %1735 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %1733, i8 noundef zeroext %1734)
  %1736 = load i64, ptr %20, align 8
  %1737 = trunc i64 %1736 to i16
  store ptr %11, ptr %12, align 8
  %1738 = icmp eq ptr %11, %11
  %1739 = zext i1 %1738 to i32
  %1740 = load ptr, ptr %4, align 8
  %1741 = load i16, ptr %1740, align 2
  %1742 = load i8, ptr %5, align 1
  %1743 = zext i8 %1742 to i32
  %1744 = load ptr, ptr @g_535, align 8
  %1745 = icmp eq ptr %1744, @g_536
  %1746 = zext i1 %1745 to i32
  %1747 = load i8, ptr %5, align 1
  %1748 = zext i8 %1747 to i32
  %1749 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %1746, i32 noundef %1748)
  %1750 = sext i32 %1749 to i64
  %1751 = icmp slt i64 %1750, -1
  %1752 = zext i1 %1751 to i32
  %1753 = load i8, ptr %5, align 1
  %1754 = zext i8 %1753 to i32
  %1755 = icmp eq i32 %1743, %1754
  %1756 = zext i1 %1755 to i32
  %1757 = trunc i32 %1756 to i8
  %1758 = load i16, ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), align 2
  %1759 = trunc i16 %1758 to i8
  %1760 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %1757, i8 noundef signext %1759)
  %1761 = sext i8 %1760 to i32
  %1762 = load i8, ptr %5, align 1
  %1763 = zext i8 %1762 to i32
  %1764 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %1761, i32 noundef %1763)
  %1765 = load ptr, ptr @g_180, align 8
  %1766 = load ptr, ptr %1765, align 8
  %1767 = load i16, ptr %1766, align 2
  %1768 = zext i16 %1767 to i64
  %1769 = icmp uge i64 -2700035201415813860, %1768
  %1770 = zext i1 %1769 to i32
  %1771 = load i16, ptr getelementptr inbounds nuw (%struct.S3, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), align 2
  %1772 = zext i16 %1771 to i32
  %1773 = xor i32 %1770, %1772
  %1774 = trunc i32 %1773 to i16
  %1775 = load ptr, ptr @g_351, align 8
  store i16 %1774, ptr %1775, align 2
  %1776 = sext i16 %1774 to i32
  %1777 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %1741, i32 noundef %1776)
  %1778 = load ptr, ptr %6, align 8
  store i16 %1777, ptr %1778, align 2
  %1779 = load ptr, ptr %4, align 8
  %1780 = load i16, ptr %1779, align 2
  %1781 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %1777, i16 noundef signext %1780)
  %1782 = sext i16 %1781 to i32
  %1783 = load ptr, ptr %4, align 8
  %1784 = load i16, ptr %1783, align 2
  %1785 = zext i16 %1784 to i32
  %1786 = icmp eq i32 %1782, %1785
  %1787 = zext i1 %1786 to i32
  %1788 = sext i32 %1787 to i64
  %1789 = or i64 %1788, 0
  %1790 = icmp ne i64 %1789, 0
  br i1 %1790, label %1795, label %1791

1791:
  %1792 = load i8, ptr %5, align 1
  %1793 = zext i8 %1792 to i32
  %1794 = icmp ne i32 %1793, 0
  br label %1795

1795:
  %1796 = phi i1 [ true, %1729 ], [ %1794, %1791 ]
  %1797 = zext i1 %1796 to i32
  %1798 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %1737, i32 noundef %1797)
  %1799 = trunc i16 %1798 to i8
  %1800 = load i8, ptr %5, align 1
  %1801 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %1799, i8 noundef zeroext %1800)
  %1802 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %1735, i8 noundef zeroext %1801)
  %1803 = zext i8 %1802 to i64
  %1804 = icmp ne i64 %1803, 2
  %1805 = zext i1 %1804 to i32
  %1806 = load volatile ptr, ptr @g_385, align 8
  store i32 %1805, ptr %1806, align 4
  store i8 0, ptr @g_207, align 1
  br label %1807

1807:
  %1808 = load i8, ptr @g_207, align 1
  %1809 = sext i8 %1808 to i32
  %1810 = icmp sle i32 %1809, 0
  br i1 %1810, label %1811, label %2487

1811:
  store i32 -1, ptr %161, align 4
  store ptr %8, ptr %162, align 8
  store ptr null, ptr %163, align 8
  store ptr %7, ptr %164, align 8
  store ptr %164, ptr %165, align 8
  store i8 -94, ptr %166, align 1
  %1812 = getelementptr inbounds [8 x ptr], ptr %168, i64 0, i64 1
  store ptr %1812, ptr %169, align 8
  %1813 = getelementptr inbounds [4 x ptr], ptr %170, i64 0, i64 3
  store ptr %1813, ptr %171, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %172, i8 0, i64 36, i1 false)
  store i32 992716975, ptr %173, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %174, ptr align 2 @__const.func_66.l_639, i64 8, i1 false)
  store i32 0, ptr %175, align 4
  br label %1814

1814:
  %1815 = load i32, ptr %175, align 4
  %1816 = icmp slt i32 %1815, 5
  br i1 %1816, label %1817, label %1824

1817:
  %1818 = load i32, ptr %175, align 4
  %1819 = sext i32 %1818 to i64
  %1820 = getelementptr inbounds [5 x ptr], ptr %167, i64 0, i64 %1819
  store ptr @g_255, ptr %1820, align 8
  br label %1821

1821:
  %1822 = load i32, ptr %175, align 4
  %1823 = add nsw i32 %1822, 1
  store i32 %1823, ptr %175, align 4
  br label %1814, !llvm.loop !63

1824:
  store i32 0, ptr %175, align 4
  br label %1825

1825:
  %1826 = load i32, ptr %175, align 4
  %1827 = icmp slt i32 %1826, 8
  br i1 %1827, label %1828, label %1835

1828:
  %1829 = load i32, ptr %175, align 4
  %1830 = sext i32 %1829 to i64
  %1831 = getelementptr inbounds [8 x ptr], ptr %168, i64 0, i64 %1830
  store ptr %162, ptr %1831, align 8
  br label %1832

1832:
  %1833 = load i32, ptr %175, align 4
  %1834 = add nsw i32 %1833, 1
  store i32 %1834, ptr %175, align 4
  br label %1825, !llvm.loop !64

1835:
  store i32 0, ptr %175, align 4
  br label %1836

1836:
  %1837 = load i32, ptr %175, align 4
  %1838 = icmp slt i32 %1837, 4
  br i1 %1838, label %1839, label %1846

1839:
  %1840 = load i32, ptr %175, align 4
  %1841 = sext i32 %1840 to i64
  %1842 = getelementptr inbounds [4 x ptr], ptr %170, i64 0, i64 %1841
  store ptr @g_383, ptr %1842, align 8
  br label %1843

1843:
  %1844 = load i32, ptr %175, align 4
  %1845 = add nsw i32 %1844, 1
  store i32 %1845, ptr %175, align 4
  br label %1836, !llvm.loop !65

1846:
  %1847 = load i32, ptr %161, align 4
  %1848 = trunc i32 %1847 to i16
  %1849 = load ptr, ptr %6, align 8
  store i16 %1848, ptr %1849, align 2
  %1850 = sext i16 %1848 to i32
  %1851 = load ptr, ptr %162, align 8
  %1852 = icmp ne ptr %1851, null
  %1853 = zext i1 %1852 to i32
  %1854 = or i32 %1850, %1853
  %1855 = load ptr, ptr @g_180, align 8
  %1856 = load ptr, ptr %1855, align 8
  %1857 = load i16, ptr %1856, align 2
  %1858 = zext i16 %1857 to i32
  store ptr null, ptr %163, align 8
  %1859 = load volatile ptr, ptr @g_200, align 8
  %1860 = load ptr, ptr %1859, align 8
  %1861 = icmp ne ptr null, %1860
  %1862 = zext i1 %1861 to i32
  %1863 = load i8, ptr %5, align 1
  %1864 = zext i8 %1863 to i32
  %1865 = load i8, ptr %5, align 1
  %1866 = zext i8 %1865 to i32
  %1867 = icmp ne i32 %1864, %1866
  %1868 = zext i1 %1867 to i32
  %1869 = load ptr, ptr %4, align 8
  %1870 = load i16, ptr %1869, align 2
  %1871 = load ptr, ptr %17, align 8
  %1872 = load ptr, ptr %165, align 8
  %1873 = icmp eq ptr %1871, %1872
  %1874 = zext i1 %1873 to i32
  %1875 = icmp ne i32 %1862, %1874
  %1876 = zext i1 %1875 to i32
  %1877 = load i8, ptr %5, align 1
  %1878 = zext i8 %1877 to i32
  %1879 = icmp eq i32 %1876, %1878
  %1880 = zext i1 %1879 to i32
  %1881 = xor i32 %1880, -1
  %1882 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 2), align 1
  %1883 = zext i8 %1882 to i32
  %1884 = icmp sle i32 %1881, %1883
  %1885 = zext i1 %1884 to i32
  %1886 = load i8, ptr %5, align 1
  %1887 = zext i8 %1886 to i32
  %1888 = icmp ne i32 %1885, %1887
  %1889 = zext i1 %1888 to i32
  %1890 = xor i32 %1858, %1889
  %1891 = sext i32 %1890 to i64
  %1892 = icmp eq i64 %1891, 19739
  %1893 = zext i1 %1892 to i32
  %1894 = load i8, ptr %166, align 1
  %1895 = sext i8 %1894 to i32
  %1896 = and i32 %1893, %1895
  %1897 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 8), align 16
  %1898 = trunc i16 %1897 to i8
  %1899 = load i8, ptr %5, align 1
  %1900 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %1898, i8 noundef zeroext %1899)
  %1901 = icmp ne i8 %1900, 0
  %1902 = xor i1 %1901, true
  %1903 = zext i1 %1902 to i32
  %1904 = load ptr, ptr %162, align 8
  store i32 %1903, ptr %1904, align 4
  %1905 = sext i32 %1903 to i64
  %1906 = icmp sgt i64 -5, %1905
  %1907 = zext i1 %1906 to i32
  %1908 = or i32 %1854, %1907
  %1909 = trunc i32 %1908 to i8
  %1910 = load i8, ptr %5, align 1
  %1911 = zext i8 %1910 to i32
  %1912 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %1909, i32 noundef %1911)
  %1913 = sext i8 %1912 to i32
  %1914 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), align 1
  %1915 = zext i8 %1914 to i32
  %1916 = icmp sge i32 %1913, %1915
  %1917 = zext i1 %1916 to i32
  %1918 = trunc i32 %1917 to i16
  %1919 = load ptr, ptr %4, align 8
  %1920 = load i16, ptr %1919, align 2
  %1921 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %1918, i16 noundef zeroext %1920)
  %1922 = trunc i16 %1921 to i8
  store i8 %1922, ptr @g_255, align 1
  %1923 = zext i8 %1922 to i32
  %1924 = load i8, ptr %5, align 1
  %1925 = zext i8 %1924 to i32
  %1926 = and i32 %1923, %1925
  %1927 = load i8, ptr %5, align 1
  %1928 = zext i8 %1927 to i32
  %1929 = xor i32 %1926, %1928
  %1930 = load i64, ptr @g_3, align 1
  %1931 = shl i64 %1930, 25
  %1932 = ashr i64 %1931, 45
  %1933 = trunc i64 %1932 to i32
  %1934 = icmp sle i32 %1929, %1933
  %1935 = zext i1 %1934 to i32
  %1936 = load i8, ptr @g_207, align 1
  %1937 = sext i8 %1936 to i32
  %1938 = xor i32 %1937, -1
  %1939 = trunc i32 %1938 to i16
  %1940 = load ptr, ptr %4, align 8
  %1941 = load i16, ptr %1940, align 2
  %1942 = zext i16 %1941 to i32
  %1943 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %1939, i32 noundef %1942)
  %1944 = load volatile ptr, ptr @g_385, align 8
  store i32 0, ptr %1944, align 4
  %1945 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 0
  store i32 0, ptr %1945, align 1
  br label %1946

1946:
  %1947 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 0
  %1948 = load i32, ptr %1947, align 1
  %1949 = icmp sle i32 %1948, 3
  br i1 %1949, label %1950, label %2245

1950:
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %176, ptr align 16 @__const.func_66.l_567, i64 36, i1 false)
  store ptr @g_311, ptr %178, align 8
  store i64 1, ptr %179, align 8
  store ptr @g_351, ptr %180, align 8
  store i32 -3, ptr %181, align 4
  store i32 0, ptr %182, align 4
  store i32 0, ptr %183, align 4
  store i32 -795253986, ptr %184, align 4
  store i64 5226598860453136394, ptr %185, align 8
  store i64 -3383268422975332166, ptr %186, align 8
  store i64 6222010422025372978, ptr %187, align 8
  store i32 0, ptr %188, align 4
  br label %1951

1951:
  %1952 = load i32, ptr %188, align 4
  %1953 = icmp slt i32 %1952, 1
  br i1 %1953, label %1954, label %1961

1954:
  %1955 = load i32, ptr %188, align 4
  %1956 = sext i32 %1955 to i64
  %1957 = getelementptr inbounds [1 x ptr], ptr %177, i64 0, i64 %1956
  store ptr null, ptr %1957, align 8
  br label %1958

1958:
  %1959 = load i32, ptr %188, align 4
  %1960 = add nsw i32 %1959, 1
  store i32 %1960, ptr %188, align 4
  br label %1951, !llvm.loop !66

1961:
  %1962 = load i8, ptr %5, align 1
  %1963 = zext i8 %1962 to i32
  %1964 = load volatile ptr, ptr @g_385, align 8
  %1965 = load i32, ptr %1964, align 4
  %1966 = load ptr, ptr %4, align 8
  %1967 = load ptr, ptr @g_180, align 8
  store ptr %1966, ptr %1967, align 8
  %1968 = getelementptr inbounds [9 x [2 x i16]], ptr %176, i64 0, i64 1
  %1969 = getelementptr inbounds [2 x i16], ptr %1968, i64 0, i64 0
  %1970 = load i16, ptr %1969, align 4
  %1971 = load ptr, ptr %4, align 8
  %1972 = icmp ne ptr %1966, %1971
  %1973 = zext i1 %1972 to i32
  %1974 = sext i32 %1973 to i64
  %1975 = load ptr, ptr %162, align 8
  %1976 = load i32, ptr %1975, align 4
  %1977 = sext i32 %1976 to i64
  %1978 = or i64 %1977, 0
  store i64 %1978, ptr @g_109, align 8
  %1979 = icmp sge i64 %1974, %1978
  %1980 = zext i1 %1979 to i32
  %1981 = load i8, ptr %5, align 1
  %1982 = zext i8 %1981 to i32
  %1983 = icmp eq i32 %1980, %1982
  %1984 = zext i1 %1983 to i32
  %1985 = trunc i32 %1984 to i16
  %1986 = load ptr, ptr %4, align 8
  store i16 %1985, ptr %1986, align 2
  %1987 = zext i16 %1985 to i32
  %1988 = load ptr, ptr @g_351, align 8
  %1989 = load i16, ptr %1988, align 2
  %1990 = sext i16 %1989 to i32
  %1991 = icmp sle i32 %1987, %1990
  %1992 = zext i1 %1991 to i32
  %1993 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %1965, i32 noundef %1992)
  %1994 = load i8, ptr %5, align 1
  %1995 = zext i8 %1994 to i32
  %1996 = or i32 %1993, %1995
  %1997 = icmp ne i32 %1963, %1996
  %1998 = zext i1 %1997 to i32
  %1999 = sext i32 %1998 to i64
  %2000 = xor i64 %1999, 7917357526329430786
  %2001 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef 0, i64 noundef %2000)
  %2002 = trunc i64 %2001 to i32
  %2003 = load ptr, ptr %162, align 8
  store i32 %2002, ptr %2003, align 4
  %2004 = sext i32 %2002 to i64
  %2005 = icmp eq i64 %2004, 1351845398499535355
  %2006 = zext i1 %2005 to i32
  %2007 = load ptr, ptr %169, align 8
  %2008 = icmp ne ptr %2007, getelementptr inbounds ([5 x ptr], ptr getelementptr inbounds ([4 x [5 x ptr]], ptr @g_508, i64 0, i64 3), i64 0, i64 3)
  %2009 = zext i1 %2008 to i32
  %2010 = trunc i32 %2009 to i8
  %2011 = load i64, ptr @g_413, align 1
  %2012 = shl i64 %2011, 25
  %2013 = ashr i64 %2012, 45
  %2014 = trunc i64 %2013 to i32
  %2015 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %2010, i32 noundef %2014)
  %2016 = sext i8 %2015 to i64
  %2017 = load ptr, ptr %178, align 8
  store i64 %2016, ptr %2017, align 8
  %2018 = icmp ne i64 %2016, 0
  br i1 %2018, label %2023, label %2019

2019:
  %2020 = load i8, ptr %5, align 1
  %2021 = zext i8 %2020 to i32
  %2022 = icmp ne i32 %2021, 0
  br label %2023

2023:
  %2024 = phi i1 [ true, %1961 ], [ %2022, %2019 ]
  %2025 = zext i1 %2024 to i32
  %2026 = load i8, ptr %5, align 1
  %2027 = zext i8 %2026 to i32
  %2028 = load i8, ptr %5, align 1
  %2029 = zext i8 %2028 to i32
  %2030 = icmp slt i32 %2027, %2029
  %2031 = zext i1 %2030 to i32
  %2032 = sext i32 %2031 to i64
  %2033 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %2032, i64 noundef -4)
  %2034 = trunc i64 %2033 to i16
  %2035 = load ptr, ptr @g_80, align 8
  %2036 = load i16, ptr %2035, align 2
  %2037 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %2034, i16 noundef signext %2036)
  %2038 = sext i16 %2037 to i32
  %2039 = load i32, ptr %22, align 4
  %2040 = and i32 %2039, %2038
  store i32 %2040, ptr %22, align 4
  %2041 = load i64, ptr %179, align 8
  %2042 = icmp ne i64 %2041, 0
  br i1 %2042, label %2043, label %2053

2043:
  %2044 = load ptr, ptr %162, align 8
  %2045 = load i32, ptr %2044, align 4
  %2046 = sext i32 %2045 to i64
  %2047 = xor i64 %2046, 3153873556
  %2048 = trunc i64 %2047 to i32
  store i32 %2048, ptr %2044, align 4
  %2049 = load i8, ptr %5, align 1
  %2050 = icmp ne i8 %2049, 0
  br i1 %2050, label %2051, label %2052

2051:
  br label %2241

2052:
  br label %2057

2053:
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %190, ptr align 16 @__const.func_66.l_575, i64 40, i1 false)
  %2054 = load i8, ptr %5, align 1
  %2055 = load ptr, ptr %180, align 8
  store ptr %2055, ptr %180, align 8
  %2056 = load ptr, ptr %165, align 8
  store ptr %2055, ptr %2056, align 8
  br label %2057

2057:
  %2058 = load volatile ptr, ptr @g_284, align 8
  %2059 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S3, ptr @g_422, i32 0, i32 1), align 8
  %2060 = load i8, ptr @g_255, align 1
  %2061 = add i8 %2060, 1
  store i8 %2061, ptr @g_255, align 1
  %2062 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %2059, i8 noundef signext %2060)
  %2063 = sext i8 %2062 to i32
  %2064 = icmp ne i32 %2063, 0
  br i1 %2064, label %2065, label %2066

2065:
  br label %2066

2066:
  %2067 = phi i1 [ false, %2057 ], [ true, %2065 ]
  %2068 = zext i1 %2067 to i32
  %2069 = load ptr, ptr %169, align 8
  %2070 = load ptr, ptr %2069, align 8
  %2071 = load ptr, ptr %2070, align 8
  store i32 %2068, ptr %2071, align 4
  br i1 %2067, label %2072, label %2078

2072:
  store i32 1398357150, ptr %192, align 4
  store i32 763808150, ptr %193, align 4
  store i32 8, ptr %194, align 4
  store i32 -8, ptr %195, align 4
  store i32 1, ptr %192, align 4
  %2073 = load ptr, ptr %162, align 8
  %2074 = load i32, ptr %2073, align 4
  %2075 = and i32 %2074, 1
  store i32 %2075, ptr %2073, align 4
  %2076 = load i64, ptr %185, align 8
  %2077 = add i64 %2076, -1
  store i64 %2077, ptr %185, align 8
  br label %2215

2078:
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %196, ptr align 16 @__const.func_66.l_591, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %197, ptr align 16 @__const.func_66.l_592, i64 40, i1 false)
  store ptr %23, ptr %198, align 8
  %2079 = load volatile i16, ptr @g_593, align 2
  %2080 = add i16 %2079, 1
  store volatile i16 %2080, ptr @g_593, align 2
  %2081 = load volatile i64, ptr @g_191, align 1
  %2082 = shl i64 %2081, 25
  %2083 = ashr i64 %2082, 45
  %2084 = trunc i64 %2083 to i32
  %2085 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext -80, i32 noundef %2084)
  %2086 = sext i8 %2085 to i32
  %2087 = load ptr, ptr %169, align 8
  %2088 = load ptr, ptr %2087, align 8
  %2089 = load ptr, ptr %2088, align 8
  %2090 = load i32, ptr %2089, align 4
  %2091 = and i32 %2090, %2086
  store i32 %2091, ptr %2089, align 4
  %2092 = getelementptr inbounds [2 x [5 x i32]], ptr %197, i64 0, i64 1
  %2093 = getelementptr inbounds [5 x i32], ptr %2092, i64 0, i64 4
  store i32 %2091, ptr %2093, align 4
  %2094 = icmp ne i32 %2091, 0
  br i1 %2094, label %2095, label %2149

2095:
  store i32 0, ptr %202, align 4
  br label %2096

2096:
  %2097 = load i32, ptr %202, align 4
  %2098 = icmp slt i32 %2097, 6
  br i1 %2098, label %2099, label %2128

2099:
  store i32 0, ptr %203, align 4
  br label %2100

2100:
  %2101 = load i32, ptr %203, align 4
  %2102 = icmp slt i32 %2101, 8
  br i1 %2102, label %2103, label %2124

2103:
  store i32 0, ptr %204, align 4
  br label %2104

2104:
  %2105 = load i32, ptr %204, align 4
  %2106 = icmp slt i32 %2105, 5
  br i1 %2106, label %2107, label %2120

2107:
  %2108 = load i32, ptr %202, align 4
  %2109 = sext i32 %2108 to i64
  %2110 = getelementptr inbounds [6 x [8 x [5 x i8]]], ptr %201, i64 0, i64 %2109
  %2111 = load i32, ptr %203, align 4
  %2112 = sext i32 %2111 to i64
  %2113 = getelementptr inbounds [8 x [5 x i8]], ptr %2110, i64 0, i64 %2112
  %2114 = load i32, ptr %204, align 4
  %2115 = sext i32 %2114 to i64
  %2116 = getelementptr inbounds [5 x i8], ptr %2113, i64 0, i64 %2115
  store i8 -10, ptr %2116, align 1
  br label %2117

2117:
  %2118 = load i32, ptr %204, align 4
  %2119 = add nsw i32 %2118, 1
  store i32 %2119, ptr %204, align 4
  br label %2104, !llvm.loop !67

2120:
  br label %2121

2121:
  %2122 = load i32, ptr %203, align 4
  %2123 = add nsw i32 %2122, 1
  store i32 %2123, ptr %203, align 4
  br label %2100, !llvm.loop !68

2124:
  br label %2125

2125:
  %2126 = load i32, ptr %202, align 4
  %2127 = add nsw i32 %2126, 1
  store i32 %2127, ptr %202, align 4
  br label %2096, !llvm.loop !69

2128:
  %2129 = load ptr, ptr %171, align 8
  %2130 = load i8, ptr @g_207, align 1
  %2131 = sext i8 %2130 to i64
  %2132 = getelementptr inbounds [2 x [1 x ptr]], ptr @g_286, i64 0, i64 %2131
  %2133 = load i8, ptr @g_207, align 1
  %2134 = sext i8 %2133 to i64
  %2135 = getelementptr inbounds [1 x ptr], ptr %2132, i64 0, i64 %2134
  store volatile ptr %2129, ptr %2135, align 8
  %2136 = getelementptr inbounds [6 x [8 x [5 x i8]]], ptr %201, i64 0, i64 5
  %2137 = getelementptr inbounds [8 x [5 x i8]], ptr %2136, i64 0, i64 3
  %2138 = getelementptr inbounds [5 x i8], ptr %2137, i64 0, i64 4
  %2139 = load i8, ptr %2138, align 1
  %2140 = sext i8 %2139 to i32
  %2141 = load volatile ptr, ptr @g_385, align 8
  %2142 = load i32, ptr %2141, align 4
  %2143 = and i32 %2142, %2140
  store i32 %2143, ptr %2141, align 4
  %2144 = load ptr, ptr %169, align 8
  %2145 = load ptr, ptr %2144, align 8
  %2146 = load ptr, ptr %2145, align 8
  %2147 = load i32, ptr %2146, align 4
  %2148 = xor i32 %2147, %2143
  store i32 %2148, ptr %2146, align 4
  br label %2155

2149:
  %2150 = load i8, ptr %5, align 1
  %2151 = zext i8 %2150 to i32
  %2152 = load ptr, ptr %169, align 8
  %2153 = load ptr, ptr %2152, align 8
  %2154 = load ptr, ptr %2153, align 8
  store i32 %2151, ptr %2154, align 4
  br label %2155

2155:
  %2156 = load ptr, ptr %23, align 8
  %2157 = load ptr, ptr %198, align 8
  store ptr %2156, ptr %2157, align 8
  %2158 = load i32, ptr %182, align 4
  %2159 = or i32 1, %2158
  %2160 = icmp eq i32 %2159, 1
  %2161 = zext i1 %2160 to i32
  %2162 = sext i32 %2161 to i64
  %2163 = load i8, ptr %5, align 1
  %2164 = load i64, ptr @g_3, align 1
  %2165 = shl i64 %2164, 25
  %2166 = ashr i64 %2165, 45
  %2167 = trunc i64 %2166 to i32
  %2168 = load ptr, ptr %169, align 8
  %2169 = load ptr, ptr %2168, align 8
  %2170 = load ptr, ptr %2169, align 8
  %2171 = load i32, ptr %2170, align 4
  %2172 = icmp eq i32 %2167, %2171
  %2173 = zext i1 %2172 to i32
  %2174 = trunc i32 %2173 to i16
  %2175 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext 1, i16 noundef zeroext %2174)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %205, ptr align 1 @g_186, i64 8, i1 true)
  %2176 = icmp ugt i64 %2162, 65531
  %2177 = zext i1 %2176 to i32
  %2178 = trunc i32 %2177 to i8
  %2179 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %2178, i32 noundef 5)
  %2180 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext 1, i32 noundef 0)
  %2181 = icmp ne i8 %2180, 0
  %2182 = xor i1 %2181, true
  %2183 = zext i1 %2182 to i32
  %2184 = trunc i32 %2183 to i8
  %2185 = load i8, ptr %5, align 1
  %2186 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %2184, i8 noundef signext %2185)
  %2187 = sext i8 %2186 to i32
  %2188 = getelementptr inbounds [9 x i32], ptr %172, i64 0, i64 4
  %2189 = load i32, ptr %2188, align 16
  %2190 = icmp ule i32 %2187, %2189
  br i1 %2190, label %2192, label %2191

2191:
  br label %2192

2192:
  %2193 = phi i1 [ true, %2155 ], [ true, %2191 ]
  %2194 = zext i1 %2193 to i32
  %2195 = trunc i32 %2194 to i8
  %2196 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %2195, i8 noundef zeroext 4)
  %2197 = zext i8 %2196 to i64
  %2198 = icmp ne i64 27110, %2197
  %2199 = zext i1 %2198 to i32
  %2200 = load ptr, ptr @g_351, align 8
  %2201 = load i16, ptr %2200, align 2
  %2202 = sext i16 %2201 to i32
  %2203 = xor i32 %2202, %2199
  %2204 = trunc i32 %2203 to i16
  store i16 %2204, ptr %2200, align 2
  %2205 = sext i16 %2204 to i64
  %2206 = icmp eq i64 %2205, 1
  %2207 = zext i1 %2206 to i32
  %2208 = sext i32 %2207 to i64
  %2209 = xor i64 %2208, -1509948615207527245
  %2210 = xor i64 %2209, -1368584628311302299
  %2211 = load i8, ptr %5, align 1
  %2212 = zext i8 %2211 to i32
  %2213 = getelementptr inbounds [2 x [5 x i32]], ptr %197, i64 0, i64 1
  %2214 = getelementptr inbounds [5 x i32], ptr %2213, i64 0, i64 4
  store i32 %2212, ptr %2214, align 4
  br label %2215

2215:
  store i8 0, ptr %5, align 1
  br label %2216

2216:
  %2217 = load i8, ptr %5, align 1
  %2218 = zext i8 %2217 to i32
  %2219 = icmp sle i32 %2218, 3
  br i1 %2219, label %2220, label %2240

2220:
  store ptr null, ptr %206, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %207, ptr align 16 @__const.func_66.l_617, i64 40, i1 false)
  %2221 = load ptr, ptr %206, align 8
  store ptr %2221, ptr %206, align 8
  %2222 = load i64, ptr %187, align 8
  %2223 = add i64 %2222, -1
  store i64 %2223, ptr %187, align 8
  %2224 = load i8, ptr %5, align 1
  %2225 = icmp ne i8 %2224, 0
  br i1 %2225, label %2226, label %2227

2226:
  br label %2235

2227:
  %2228 = load i8, ptr %5, align 1
  %2229 = zext i8 %2228 to i32
  %2230 = load ptr, ptr %169, align 8
  %2231 = load ptr, ptr %2230, align 8
  %2232 = load ptr, ptr %2231, align 8
  %2233 = load i32, ptr %2232, align 4
  %2234 = or i32 %2233, %2229
  store i32 %2234, ptr %2232, align 4
  br label %2235

2235:
  %2236 = load i8, ptr %5, align 1
  %2237 = zext i8 %2236 to i32
  %2238 = add nsw i32 %2237, 1
  %2239 = trunc i32 %2238 to i8
  store i8 %2239, ptr %5, align 1
  br label %2216, !llvm.loop !70

2240:
  br label %2241

2241:
  %2242 = getelementptr inbounds nuw %struct.S1, ptr %10, i32 0, i32 0
  %2243 = load i32, ptr %2242, align 1
  %2244 = add nsw i32 %2243, 1
  store i32 %2244, ptr %2242, align 1
  br label %1946, !llvm.loop !71

2245:
  %2246 = load i32, ptr %173, align 4
  %2247 = add i32 %2246, -1
  store i32 %2247, ptr %173, align 4
  store i32 0, ptr %8, align 4
  br label %2248

2248:
  %2249 = load i32, ptr %8, align 4
  %2250 = icmp sle i32 %2249, 1
  br i1 %2250, label %2251, label %2472

2251:
  store ptr %10, ptr %210, align 8
  %2252 = getelementptr inbounds ptr, ptr %210, i64 1
  store ptr %10, ptr %2252, align 8
  %2253 = getelementptr inbounds ptr, ptr %210, i64 2
  store ptr %10, ptr %2253, align 8
  %2254 = getelementptr inbounds ptr, ptr %210, i64 3
  store ptr %10, ptr %2254, align 8
  %2255 = getelementptr inbounds ptr, ptr %210, i64 4
  store ptr %10, ptr %2255, align 8
  %2256 = getelementptr inbounds ptr, ptr %210, i64 5
  store ptr null, ptr %2256, align 8
  %2257 = getelementptr inbounds ptr, ptr %210, i64 6
  store ptr %10, ptr %2257, align 8
  %2258 = getelementptr inbounds [7 x ptr], ptr %210, i64 1
  store ptr %10, ptr %2258, align 8
  %2259 = getelementptr inbounds ptr, ptr %2258, i64 1
  store ptr null, ptr %2259, align 8
  %2260 = getelementptr inbounds ptr, ptr %2258, i64 2
  store ptr %10, ptr %2260, align 8
  %2261 = getelementptr inbounds ptr, ptr %2258, i64 3
  store ptr %10, ptr %2261, align 8
  %2262 = getelementptr inbounds ptr, ptr %2258, i64 4
  store ptr %10, ptr %2262, align 8
  %2263 = getelementptr inbounds ptr, ptr %2258, i64 5
  store ptr %10, ptr %2263, align 8
  %2264 = getelementptr inbounds ptr, ptr %2258, i64 6
  store ptr %10, ptr %2264, align 8
  %2265 = getelementptr inbounds [7 x ptr], ptr %210, i64 2
  store ptr %10, ptr %2265, align 8
  %2266 = getelementptr inbounds ptr, ptr %2265, i64 1
  store ptr %10, ptr %2266, align 8
  %2267 = getelementptr inbounds ptr, ptr %2265, i64 2
  store ptr %10, ptr %2267, align 8
  %2268 = getelementptr inbounds ptr, ptr %2265, i64 3
  store ptr null, ptr %2268, align 8
  %2269 = getelementptr inbounds ptr, ptr %2265, i64 4
  store ptr %10, ptr %2269, align 8
  %2270 = getelementptr inbounds ptr, ptr %2265, i64 5
  store ptr null, ptr %2270, align 8
  %2271 = getelementptr inbounds ptr, ptr %2265, i64 6
  store ptr %10, ptr %2271, align 8
  %2272 = getelementptr inbounds [7 x ptr], ptr %210, i64 3
  store ptr %10, ptr %2272, align 8
  %2273 = getelementptr inbounds ptr, ptr %2272, i64 1
  store ptr %10, ptr %2273, align 8
  %2274 = getelementptr inbounds ptr, ptr %2272, i64 2
  store ptr %10, ptr %2274, align 8
  %2275 = getelementptr inbounds ptr, ptr %2272, i64 3
  store ptr %10, ptr %2275, align 8
  %2276 = getelementptr inbounds ptr, ptr %2272, i64 4
  store ptr %10, ptr %2276, align 8
  %2277 = getelementptr inbounds ptr, ptr %2272, i64 5
  store ptr %10, ptr %2277, align 8
  %2278 = getelementptr inbounds ptr, ptr %2272, i64 6
  store ptr %10, ptr %2278, align 8
  %2279 = getelementptr inbounds [7 x ptr], ptr %210, i64 4
  store ptr %10, ptr %2279, align 8
  %2280 = getelementptr inbounds ptr, ptr %2279, i64 1
  store ptr %10, ptr %2280, align 8
  %2281 = getelementptr inbounds ptr, ptr %2279, i64 2
  store ptr %10, ptr %2281, align 8
  %2282 = getelementptr inbounds ptr, ptr %2279, i64 3
  store ptr %10, ptr %2282, align 8
  %2283 = getelementptr inbounds ptr, ptr %2279, i64 4
  store ptr %10, ptr %2283, align 8
  %2284 = getelementptr inbounds ptr, ptr %2279, i64 5
  store ptr null, ptr %2284, align 8
  %2285 = getelementptr inbounds ptr, ptr %2279, i64 6
  store ptr %10, ptr %2285, align 8
  %2286 = getelementptr inbounds [7 x ptr], ptr %210, i64 5
  store ptr %10, ptr %2286, align 8
  %2287 = getelementptr inbounds ptr, ptr %2286, i64 1
  store ptr %10, ptr %2287, align 8
  %2288 = getelementptr inbounds ptr, ptr %2286, i64 2
  store ptr %10, ptr %2288, align 8
  %2289 = getelementptr inbounds ptr, ptr %2286, i64 3
  store ptr null, ptr %2289, align 8
  %2290 = getelementptr inbounds ptr, ptr %2286, i64 4
  store ptr null, ptr %2290, align 8
  %2291 = getelementptr inbounds ptr, ptr %2286, i64 5
  store ptr %10, ptr %2291, align 8
  %2292 = getelementptr inbounds ptr, ptr %2286, i64 6
  store ptr %10, ptr %2292, align 8
  store i32 -1997433109, ptr %211, align 4
  store ptr %166, ptr %212, align 8
  store ptr %20, ptr %213, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %214, ptr align 16 @__const.func_66.l_635, i64 160, i1 false)
  store ptr @g_637, ptr %215, align 8
  store i32 -1, ptr %216, align 4
  store i32 8, ptr %217, align 4
  store i16 -1, ptr %218, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %10, ptr align 1 %10, i64 8, i1 false)
  %2293 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_422, i32 0, i32 1), align 4
  %2294 = sext i8 %2293 to i64
  %2295 = load i8, ptr %5, align 1
  %2296 = zext i8 %2295 to i32
  %2297 = load i32, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 3), align 8
  %2298 = or i32 %2296, %2297
  %2299 = load i8, ptr %5, align 1
  %2300 = zext i8 %2299 to i32
  store i32 %2300, ptr %211, align 4
  %2301 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 2), align 1
  %2302 = zext i8 %2301 to i32
  %2303 = load ptr, ptr %212, align 8
  %2304 = load i8, ptr %2303, align 1
  %2305 = sext i8 %2304 to i32
  %2306 = or i32 %2305, %2302
  %2307 = trunc i32 %2306 to i8
  store i8 %2307, ptr %2303, align 1
  %2308 = sext i8 %2307 to i32
  %2309 = load i8, ptr %5, align 1
  %2310 = zext i8 %2309 to i32
  %2311 = icmp slt i32 %2308, %2310
  br i1 %2311, label %2324, label %2312

2312:
  %2313 = load ptr, ptr %169, align 8
  %2314 = load ptr, ptr %2313, align 8
  %2315 = load ptr, ptr %2314, align 8
  %2316 = load i32, ptr %2315, align 4
  %2317 = sext i32 %2316 to i64
  %2318 = load i8, ptr %5, align 1
  %2319 = zext i8 %2318 to i64
  %2320 = icmp sgt i64 %2319, 501783226
  %2321 = zext i1 %2320 to i32
  %2322 = icmp sle i64 %2317, 5531759100840394962
  %2323 = zext i1 %2322 to i32
  br label %2324

2324:
  %2325 = phi i1 [ true, %2251 ], [ true, %2312 ]
  %2326 = zext i1 %2325 to i32
  %2327 = or i32 %2300, %2326
  %2328 = load i64, ptr @g_543, align 1
  %2329 = shl i64 %2328, 25
  %2330 = ashr i64 %2329, 45
  %2331 = trunc i64 %2330 to i32
  %2332 = icmp eq i32 %2327, %2331
  %2333 = zext i1 %2332 to i32
  %2334 = load i8, ptr %5, align 1
  %2335 = zext i8 %2334 to i32
  %2336 = icmp eq i32 %2298, %2335
  %2337 = zext i1 %2336 to i32
  %2338 = sext i32 %2337 to i64
  %2339 = load ptr, ptr %213, align 8
  %2340 = load i64, ptr %2339, align 8
  %2341 = and i64 %2340, %2338
  store i64 %2341, ptr %2339, align 8
  %2342 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 4), align 4
  %2343 = sext i8 %2342 to i64
  %2344 = icmp ule i64 %2341, %2343
  %2345 = zext i1 %2344 to i32
  %2346 = sext i32 %2345 to i64
  store i64 %2346, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 5), align 16
  %2347 = icmp ult i64 %2294, %2346
  %2348 = zext i1 %2347 to i32
  %2349 = trunc i32 %2348 to i8
  %2350 = load ptr, ptr %215, align 8
  store i8 %2349, ptr %2350, align 1
  %2351 = sext i8 %2349 to i16
  store i16 %2351, ptr @g_638, align 2
  %2352 = trunc i16 %2351 to i8
  %2353 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_383, i32 0, i32 2), align 1
  %2354 = zext i8 %2353 to i32
  %2355 = trunc i32 %2354 to i8
  %2356 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %2352, i8 noundef signext %2355)
  %2357 = sext i8 %2356 to i32
  %2358 = getelementptr inbounds [4 x i16], ptr %174, i64 0, i64 0
  %2359 = load i16, ptr %2358, align 2
  %2360 = sext i16 %2359 to i32
  %2361 = or i32 %2357, %2360
  %2362 = trunc i32 %2361 to i16
  %2363 = load i8, ptr %5, align 1
  %2364 = zext i8 %2363 to i16
  %2365 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %2362, i16 noundef zeroext %2364)
  %2366 = zext i16 %2365 to i32
  %2367 = load i32, ptr %216, align 4
  %2368 = xor i32 %2367, %2366
  store i32 %2368, ptr %216, align 4
  store i16 0, ptr @g_43, align 2
  br label %2369

2369:
  %2370 = load i16, ptr @g_43, align 2
  %2371 = zext i16 %2370 to i32
  %2372 = icmp sle i32 %2371, 1
  br i1 %2372, label %2373, label %2456

2373:
  store ptr %166, ptr %221, align 8
  store ptr null, ptr %222, align 8
  store i32 -2, ptr %223, align 4
  %2374 = load ptr, ptr %221, align 8
  %2375 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_512, i32 0, i32 1), align 4
  %2376 = sext i8 %2375 to i32
  %2377 = load ptr, ptr %222, align 8
  %2378 = load ptr, ptr %4, align 8
  %2379 = icmp ne ptr %2377, %2378
  %2380 = zext i1 %2379 to i32
  %2381 = load i8, ptr %5, align 1
  %2382 = zext i8 %2381 to i32
  store i64 -350804234466683402, ptr @g_109, align 8
  %2383 = load i32, ptr %211, align 4
  %2384 = sext i32 %2383 to i64
  %2385 = icmp sgt i64 -350804234466683402, %2384
  %2386 = zext i1 %2385 to i32
  %2387 = load i8, ptr getelementptr inbounds nuw (%struct.S0, ptr getelementptr inbounds ([5 x %struct.S3], ptr @g_358, i64 0, i64 2), i32 0, i32 2), align 1
  %2388 = zext i8 %2387 to i32
  %2389 = zext i32 %2388 to i64
  %2390 = load ptr, ptr %169, align 8
  %2391 = load ptr, ptr %2390, align 8
  %2392 = load ptr, ptr %2391, align 8
  %2393 = load i32, ptr %2392, align 4
  %2394 = sext i32 %2393 to i64
  %2395 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %2389, i64 noundef %2394)
  %2396 = icmp ne i64 %2395, 0
  br i1 %2396, label %2397, label %2400

2397:
  %2398 = load i32, ptr %216, align 4
  %2399 = icmp ne i32 %2398, 0
  br label %2400

2400:
  %2401 = phi i1 [ false, %2373 ], [ %2399, %2397 ]
  %2402 = zext i1 %2401 to i32
  %2403 = load i8, ptr %5, align 1
  %2404 = zext i8 %2403 to i32
  %2405 = icmp sle i32 %2402, %2404
  %2406 = zext i1 %2405 to i32
  %2407 = trunc i32 %2406 to i8
  %2408 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext 40, i8 noundef zeroext %2407)
  %2409 = zext i8 %2408 to i32
  %2410 = icmp ne i32 %2386, %2409
  %2411 = zext i1 %2410 to i32
  %2412 = load i32, ptr %223, align 4
  %2413 = icmp slt i32 %2411, %2412
  %2414 = zext i1 %2413 to i32
  %2415 = icmp slt i32 %2382, %2414
  %2416 = zext i1 %2415 to i32
  %2417 = load ptr, ptr %17, align 8
  %2418 = icmp ne ptr @g_350, %2417
  %2419 = zext i1 %2418 to i32
  %2420 = trunc i32 %2419 to i16
  %2421 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %2420, i32 noundef 6)
  %2422 = sext i16 %2421 to i32
  %2423 = load i16, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_285, i32 0, i32 8), align 8
  %2424 = sext i16 %2423 to i32
  %2425 = xor i32 %2422, %2424
  %2426 = or i32 %2380, %2425
  %2427 = sext i32 %2426 to i64
  %2428 = icmp slt i64 %2427, 1
  %2429 = zext i1 %2428 to i32
  %2430 = icmp slt i32 %2376, %2429
  br i1 %2430, label %2431, label %2435

2431:
  %2432 = load i8, ptr %5, align 1
  %2433 = zext i8 %2432 to i32
  %2434 = icmp ne i32 %2433, 0
  br label %2435

2435:
  %2436 = phi i1 [ false, %2400 ], [ %2434, %2431 ]
  %2437 = zext i1 %2436 to i32
  %2438 = sext i32 %2437 to i64
  %2439 = load ptr, ptr %169, align 8
  %2440 = load ptr, ptr %2439, align 8
  %2441 = load ptr, ptr %2440, align 8
  %2442 = load i32, ptr %2441, align 4
  %2443 = sext i32 %2442 to i64
  %2444 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef %2438, i64 noundef %2443)
  %2445 = icmp ne ptr %2374, null
  %2446 = zext i1 %2445 to i32
  %2447 = load i32, ptr %217, align 4
  %2448 = and i32 %2447, %2446
  store i32 %2448, ptr %217, align 4
  %2449 = load i32, ptr getelementptr inbounds ([5 x i32], ptr @g_653, i64 0, i64 2), align 8
  %2450 = add i32 %2449, 1
  store i32 %2450, ptr getelementptr inbounds ([5 x i32], ptr @g_653, i64 0, i64 2), align 8
  br label %2451

2451:
  %2452 = load i16, ptr @g_43, align 2
  %2453 = zext i16 %2452 to i32
  %2454 = add nsw i32 %2453, 1
  %2455 = trunc i32 %2454 to i16
  store i16 %2455, ptr @g_43, align 2
  br label %2369, !llvm.loop !72

2456:
  store i64 0, ptr %20, align 8
  br label %2457

2457:
  %2458 = load i64, ptr %20, align 8
  %2459 = icmp ult i64 %2458, 10
  br i1 %2459, label %2460, label %2466

2460:
  %2461 = load i64, ptr %20, align 8
  %2462 = getelementptr inbounds nuw [10 x i64], ptr @g_311, i64 0, i64 %2461
  store i64 8830231793219030091, ptr %2462, align 8
  br label %2463

2463:
  %2464 = load i64, ptr %20, align 8
  %2465 = add i64 %2464, 1
  store i64 %2465, ptr %20, align 8
  br label %2457, !llvm.loop !73

2466:
  %2467 = load i16, ptr %218, align 2
  %2468 = add i16 %2467, -1
  store i16 %2468, ptr %218, align 2
  br label %2469

2469:
  %2470 = load i32, ptr %8, align 4
  %2471 = add nsw i32 %2470, 1
  store i32 %2471, ptr %8, align 4
  br label %2248, !llvm.loop !74

2472:
  store i32 1, ptr @g_139, align 4
  br label %2473

2473:
  %2474 = load i32, ptr @g_139, align 4
  %2475 = icmp sge i32 %2474, 0
  br i1 %2475, label %2476, label %2481

2476:
  store ptr @g_139, ptr %224, align 8
  %2477 = load ptr, ptr %224, align 8
  store ptr %2477, ptr %3, align 8
  br label %2489

2478:
  %2479 = load i32, ptr @g_139, align 4
  %2480 = sub nsw i32 %2479, 1
  store i32 %2480, ptr @g_139, align 4
  br label %2473, !llvm.loop !75

2481:
  br label %2482

2482:
  %2483 = load i8, ptr @g_207, align 1
  %2484 = sext i8 %2483 to i32
  %2485 = add nsw i32 %2484, 1
  %2486 = trunc i32 %2485 to i8
  store i8 %2486, ptr @g_207, align 1
  br label %1807, !llvm.loop !76

2487:
  %2488 = load ptr, ptr %24, align 8
  store ptr %2488, ptr %3, align 8
  br label %2489

2489:
  %2490 = load ptr, ptr %3, align 8
  ret ptr %2490
}

define internal signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

define internal zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:
  %9 = load i16, ptr %3, align 2
  %10 = zext i16 %9 to i32
  br label %17

11:
  %12 = load i16, ptr %3, align 2
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2
  %15 = zext i16 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

define internal i64 @safe_sub_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = xor i64 %5, %6
  %8 = load i64, ptr %3, align 8
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %4, align 8
  %11 = xor i64 %9, %10
  %12 = and i64 %11, -9223372036854775808
  %13 = xor i64 %8, %12
  %14 = load i64, ptr %4, align 8
  %15 = sub nsw i64 %13, %14
  %16 = load i64, ptr %4, align 8
  %17 = xor i64 %15, %16
  %18 = and i64 %7, %17
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %20, label %22

20:
  %21 = load i64, ptr %3, align 8
  br label %26

22:
  %23 = load i64, ptr %3, align 8
  %24 = load i64, ptr %4, align 8
  %25 = sub nsw i64 %23, %24
  br label %26

26:
  %27 = phi i64 [ %21, %20 ], [ %25, %22 ]
  ret i64 %27
}

define internal zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:
  %8 = load i8, ptr %3, align 1
  %9 = zext i8 %8 to i32
  br label %15

10:
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 %12, %13
  br label %15

15:
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i8
  ret i8 %17
}

define internal signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 127, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:
  %21 = load i8, ptr %3, align 1
  %22 = sext i8 %21 to i32
  br label %28

23:
  %24 = load i8, ptr %3, align 1
  %25 = sext i8 %24 to i32
  %26 = load i32, ptr %4, align 4
  %27 = shl i32 %25, %26
  br label %28

28:
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i8
  ret i8 %30
}

define internal i32 @safe_add_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = add i32 %5, %6
  ret i32 %7
}

define internal signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 32767, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:
  %21 = load i16, ptr %3, align 2
  %22 = sext i16 %21 to i32
  br label %28

23:
  %24 = load i16, ptr %3, align 2
  %25 = sext i16 %24 to i32
  %26 = load i32, ptr %4, align 4
  %27 = shl i32 %25, %26
  br label %28

28:
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i16
  ret i16 %30
}

define internal i64 @safe_div_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:
  %8 = load i64, ptr %3, align 8
  br label %13

9:
  %10 = load i64, ptr %3, align 8
  %11 = load i64, ptr %4, align 8
  %12 = udiv i64 %10, %11
  br label %13

13:
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
}

define internal signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i8
  ret i8 %6
}

define internal signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  br label %22

17:
  %18 = load i16, ptr %3, align 2
  %19 = sext i16 %18 to i32
  %20 = load i32, ptr %4, align 4
  %21 = ashr i32 %19, %20
  br label %22

22:
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i16
  ret i16 %24
}

define internal signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:
  %9 = load i8, ptr %3, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:
  %13 = load i8, ptr %4, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:
  %17 = load i8, ptr %3, align 1
  %18 = sext i8 %17 to i32
  br label %25

19:
  %20 = load i8, ptr %3, align 1
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1
  %23 = sext i8 %22 to i32
  %24 = srem i32 %21, %23
  br label %25

25:
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

define internal zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = zext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:
  %9 = load i8, ptr %3, align 1
  %10 = zext i8 %9 to i32
  br label %17

11:
  %12 = load i8, ptr %3, align 1
  %13 = zext i8 %12 to i32
  %14 = load i8, ptr %4, align 1
  %15 = zext i8 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i8
  ret i8 %19
}

define internal i32 @safe_div_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:
  %8 = load i32, ptr %3, align 4
  br label %13

9:
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = udiv i32 %10, %11
  br label %13

13:
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

define internal signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:
  %12 = load i8, ptr %3, align 1
  %13 = sext i8 %12 to i32
  br label %19

14:
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 %16, %17
  br label %19

19:
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i8
  ret i8 %21
}

define internal zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

define internal zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:
  %8 = load i16, ptr %3, align 2
  %9 = zext i16 %8 to i32
  %10 = load i32, ptr %4, align 4
  %11 = ashr i32 65535, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:
  %14 = load i16, ptr %3, align 2
  %15 = zext i16 %14 to i32
  br label %21

16:
  %17 = load i16, ptr %3, align 2
  %18 = zext i16 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = shl i32 %18, %19
  br label %21

21:
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i16
  ret i16 %23
}

define internal zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:
  %9 = load i16, ptr %3, align 2
  %10 = zext i16 %9 to i32
  br label %17

11:
  %12 = load i16, ptr %3, align 2
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2
  %15 = zext i16 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

define internal i64 @safe_sub_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sub i64 %5, %6
  ret i64 %7
}

define internal signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:
  %9 = load i16, ptr %3, align 2
  %10 = sext i16 %9 to i32
  %11 = icmp eq i32 %10, -32768
  br i1 %11, label %12, label %19

12:
  %13 = load i16, ptr %4, align 2
  %14 = sext i16 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:
  %17 = load i16, ptr %3, align 2
  %18 = sext i16 %17 to i32
  br label %25

19:
  %20 = load i16, ptr %3, align 2
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %4, align 2
  %23 = sext i16 %22 to i32
  %24 = srem i32 %21, %23
  br label %25

25:
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

define internal i32 @safe_sub_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub i32 %5, %6
  ret i32 %7
}

define internal zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

define internal signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:
  %9 = load i16, ptr %3, align 2
  %10 = sext i16 %9 to i32
  %11 = icmp eq i32 %10, -32768
  br i1 %11, label %12, label %19

12:
  %13 = load i16, ptr %4, align 2
  %14 = sext i16 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:
  %17 = load i16, ptr %3, align 2
  %18 = sext i16 %17 to i32
  br label %25

19:
  %20 = load i16, ptr %3, align 2
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %4, align 2
  %23 = sext i16 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

define internal i64 @safe_mod_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %13, label %7

7:
  %8 = load i64, ptr %3, align 8
  %9 = icmp eq i64 %8, -9223372036854775808
  br i1 %9, label %10, label %15

10:
  %11 = load i64, ptr %4, align 8
  %12 = icmp eq i64 %11, -1
  br i1 %12, label %13, label %15

13:
  %14 = load i64, ptr %3, align 8
  br label %19

15:
  %16 = load i64, ptr %3, align 8
  %17 = load i64, ptr %4, align 8
  %18 = srem i64 %16, %17
  br label %19

19:
  %20 = phi i64 [ %14, %13 ], [ %18, %15 ]
  ret i64 %20
}

define internal i64 @safe_add_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = add i64 %5, %6
  ret i64 %7
}

define internal i64 @safe_div_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %13, label %7

7:
  %8 = load i64, ptr %3, align 8
  %9 = icmp eq i64 %8, -9223372036854775808
  br i1 %9, label %10, label %15

10:
  %11 = load i64, ptr %4, align 8
  %12 = icmp eq i64 %11, -1
  br i1 %12, label %13, label %15

13:
  %14 = load i64, ptr %3, align 8
  br label %19

15:
  %16 = load i64, ptr %3, align 8
  %17 = load i64, ptr %4, align 8
  %18 = sdiv i64 %16, %17
  br label %19

19:
  %20 = phi i64 [ %14, %13 ], [ %18, %15 ]
  ret i64 %20
}

define internal zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 65535, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:
  %17 = load i16, ptr %3, align 2
  %18 = zext i16 %17 to i32
  br label %24

19:
  %20 = load i16, ptr %3, align 2
  %21 = zext i16 %20 to i32
  %22 = load i32, ptr %4, align 4
  %23 = shl i32 %21, %22
  br label %24

24:
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i16
  ret i16 %26
}

define internal signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:
  %12 = load i8, ptr %3, align 1
  %13 = sext i8 %12 to i32
  %14 = load i32, ptr %4, align 4
  %15 = ashr i32 127, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:
  %18 = load i8, ptr %3, align 1
  %19 = sext i8 %18 to i32
  br label %25

20:
  %21 = load i8, ptr %3, align 1
  %22 = sext i8 %21 to i32
  %23 = load i32, ptr %4, align 4
  %24 = shl i32 %22, %23
  br label %25

25:
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

define internal zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = zext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:
  %9 = load i8, ptr %3, align 1
  %10 = zext i8 %9 to i32
  br label %17

11:
  %12 = load i8, ptr %3, align 1
  %13 = zext i8 %12 to i32
  %14 = load i8, ptr %4, align 1
  %15 = zext i8 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i8
  ret i8 %19
}

define internal i32 @safe_div_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:
  %8 = load i32, ptr %3, align 4
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:
  %14 = load i32, ptr %3, align 4
  br label %19

15:
  %16 = load i32, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  %18 = sdiv i32 %16, %17
  br label %19

19:
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

define internal signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:
  %12 = load i16, ptr %3, align 2
  %13 = sext i16 %12 to i32
  br label %19

14:
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 %16, %17
  br label %19

19:
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i16
  ret i16 %21
}

define internal i64 @safe_unary_minus_func_uint64_t_u(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sub i64 0, %3
  ret i64 %4
}

define internal i32 @safe_mod_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:
  %8 = load i32, ptr %3, align 4
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:
  %14 = load i32, ptr %3, align 4
  br label %19

15:
  %16 = load i32, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  %18 = srem i32 %16, %17
  br label %19

19:
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

define internal signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  br label %22

17:
  %18 = load i8, ptr %3, align 1
  %19 = sext i8 %18 to i32
  %20 = load i32, ptr %4, align 4
  %21 = ashr i32 %19, %20
  br label %22

22:
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i8
  ret i8 %24
}

define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef zeroext %6)
  %7 = load i64, ptr %2, align 8
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef zeroext %10)
  %11 = load i64, ptr %2, align 8
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef zeroext %14)
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef zeroext %18)
  %19 = load i64, ptr %2, align 8
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef zeroext %22)
  %23 = load i64, ptr %2, align 8
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef zeroext %26)
  %27 = load i64, ptr %2, align 8
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef zeroext %30)
  %31 = load i64, ptr %2, align 8
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef zeroext %34)
  ret void
}

define internal void @crc32_byte(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i32, ptr @crc32_context, align 4
  %4 = lshr i32 %3, 8
  %5 = and i32 %4, 16777215
  %6 = load i32, ptr @crc32_context, align 4
  %7 = load i8, ptr %2, align 1
  %8 = zext i8 %7 to i32
  %9 = xor i32 %6, %8
  %10 = and i32 %9, 255
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds nuw [256 x i32], ptr @crc32_tab, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = xor i32 %5, %13
  store i32 %14, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
!36 = distinct !{!36, !7}
!37 = distinct !{!37, !7}
!38 = distinct !{!38, !7}
!39 = distinct !{!39, !7}
!40 = distinct !{!40, !7}
!41 = distinct !{!41, !7}
!42 = distinct !{!42, !7}
!43 = distinct !{!43, !7}
!44 = distinct !{!44, !7}
!45 = distinct !{!45, !7}
!46 = distinct !{!46, !7}
!47 = distinct !{!47, !7}
!48 = distinct !{!48, !7}
!49 = distinct !{!49, !7}
!50 = distinct !{!50, !7}
!51 = distinct !{!51, !7}
!52 = distinct !{!52, !7}
!53 = distinct !{!53, !7}
!54 = distinct !{!54, !7}
!55 = distinct !{!55, !7}
!56 = distinct !{!56, !7}
!57 = distinct !{!57, !7}
!58 = distinct !{!58, !7}
!59 = distinct !{!59, !7}
!60 = distinct !{!60, !7}
!61 = distinct !{!61, !7}
!62 = distinct !{!62, !7}
!63 = distinct !{!63, !7}
!64 = distinct !{!64, !7}
!65 = distinct !{!65, !7}
!66 = distinct !{!66, !7}
!67 = distinct !{!67, !7}
!68 = distinct !{!68, !7}
!69 = distinct !{!69, !7}
!70 = distinct !{!70, !7}
!71 = distinct !{!71, !7}
!72 = distinct !{!72, !7}
!73 = distinct !{!73, !7}
!74 = distinct !{!74, !7}
!75 = distinct !{!75, !7}
!76 = distinct !{!76, !7}
