source_filename = "csmith-2.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S0 = type <{ i64, i8, [3 x i8] }>

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_14 = internal global i16 27006, align 2
@.str.1 = private unnamed_addr constant [5 x i8] c"g_14\00", align 1
@g_40 = internal global i16 -5, align 2
@.str.2 = private unnamed_addr constant [5 x i8] c"g_40\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"g_84\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"g_91.f0\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"g_91.f1\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"g_91.f2\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"g_91.f3\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"g_91.f4\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"g_91.f5\00", align 1
@g_131 = internal global [8 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 16
@.str.10 = private unnamed_addr constant [9 x i8] c"g_131[i]\00", align 1
@.str.11 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_157 = internal global i8 29, align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"g_157\00", align 1
@.str.13 = private unnamed_addr constant [9 x i8] c"g_178.f0\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"g_178.f1\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"g_178.f2\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"g_178.f3\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"g_178.f4\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"g_178.f5\00", align 1
@g_180 = internal global i16 0, align 2
@.str.19 = private unnamed_addr constant [6 x i8] c"g_180\00", align 1
@g_181 = internal global i16 -1, align 2
@.str.20 = private unnamed_addr constant [6 x i8] c"g_181\00", align 1
@g_187 = internal global i32 5, align 4
@.str.21 = private unnamed_addr constant [6 x i8] c"g_187\00", align 1
@g_211 = internal global i8 0, align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"g_211\00", align 1
@g_215 = internal global i32 -394860463, align 4
@.str.23 = private unnamed_addr constant [6 x i8] c"g_215\00", align 1
@.str.24 = private unnamed_addr constant [18 x i8] c"g_227[i][j][k].f0\00", align 1
@.str.25 = private unnamed_addr constant [18 x i8] c"g_227[i][j][k].f1\00", align 1
@.str.26 = private unnamed_addr constant [18 x i8] c"g_227[i][j][k].f2\00", align 1
@.str.27 = private unnamed_addr constant [18 x i8] c"g_227[i][j][k].f3\00", align 1
@.str.28 = private unnamed_addr constant [18 x i8] c"g_227[i][j][k].f4\00", align 1
@.str.29 = private unnamed_addr constant [18 x i8] c"g_227[i][j][k].f5\00", align 1
@.str.30 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_231 = internal global i64 -4461895788398464666, align 8
@.str.31 = private unnamed_addr constant [6 x i8] c"g_231\00", align 1
@g_248 = internal global i64 -5, align 8
@.str.32 = private unnamed_addr constant [6 x i8] c"g_248\00", align 1
@g_251 = internal global i16 19005, align 2
@.str.33 = private unnamed_addr constant [6 x i8] c"g_251\00", align 1
@g_253 = internal global i8 109, align 1
@.str.34 = private unnamed_addr constant [6 x i8] c"g_253\00", align 1
@.str.35 = private unnamed_addr constant [9 x i8] c"g_287.f0\00", align 1
@.str.36 = private unnamed_addr constant [9 x i8] c"g_287.f1\00", align 1
@.str.37 = private unnamed_addr constant [9 x i8] c"g_287.f2\00", align 1
@.str.38 = private unnamed_addr constant [9 x i8] c"g_287.f3\00", align 1
@.str.39 = private unnamed_addr constant [9 x i8] c"g_287.f4\00", align 1
@.str.40 = private unnamed_addr constant [9 x i8] c"g_287.f5\00", align 1
@.str.41 = private unnamed_addr constant [9 x i8] c"g_291.f0\00", align 1
@.str.42 = private unnamed_addr constant [9 x i8] c"g_291.f1\00", align 1
@.str.43 = private unnamed_addr constant [9 x i8] c"g_291.f2\00", align 1
@.str.44 = private unnamed_addr constant [9 x i8] c"g_291.f3\00", align 1
@.str.45 = private unnamed_addr constant [9 x i8] c"g_291.f4\00", align 1
@.str.46 = private unnamed_addr constant [9 x i8] c"g_291.f5\00", align 1
@g_307 = internal global i64 -1, align 8
@.str.47 = private unnamed_addr constant [6 x i8] c"g_307\00", align 1
@g_336 = internal global [7 x i16] [i16 -13905, i16 -13905, i16 -13905, i16 -13905, i16 -13905, i16 -13905, i16 -13905], align 2
@.str.48 = private unnamed_addr constant [9 x i8] c"g_336[i]\00", align 1
@g_350 = internal global i32 5, align 4
@.str.49 = private unnamed_addr constant [6 x i8] c"g_350\00", align 1
@g_394 = internal global i16 -5613, align 2
@.str.50 = private unnamed_addr constant [6 x i8] c"g_394\00", align 1
@.str.51 = private unnamed_addr constant [6 x i8] c"g_442\00", align 1
@.str.52 = private unnamed_addr constant [9 x i8] c"g_482.f0\00", align 1
@.str.53 = private unnamed_addr constant [9 x i8] c"g_482.f1\00", align 1
@.str.54 = private unnamed_addr constant [9 x i8] c"g_482.f2\00", align 1
@.str.55 = private unnamed_addr constant [9 x i8] c"g_482.f3\00", align 1
@.str.56 = private unnamed_addr constant [9 x i8] c"g_482.f4\00", align 1
@.str.57 = private unnamed_addr constant [9 x i8] c"g_482.f5\00", align 1
@g_485 = internal global i32 -8, align 4
@.str.58 = private unnamed_addr constant [6 x i8] c"g_485\00", align 1
@g_511 = internal global i32 1188670962, align 4
@.str.59 = private unnamed_addr constant [6 x i8] c"g_511\00", align 1
@g_513 = internal global i32 -1678123857, align 4
@.str.60 = private unnamed_addr constant [6 x i8] c"g_513\00", align 1
@g_572 = internal global i16 -25387, align 2
@.str.61 = private unnamed_addr constant [6 x i8] c"g_572\00", align 1
@g_597 = internal global i32 1160790177, align 4
@.str.62 = private unnamed_addr constant [6 x i8] c"g_597\00", align 1
@g_629 = internal global i32 1583520880, align 4
@.str.63 = private unnamed_addr constant [6 x i8] c"g_629\00", align 1
@.str.64 = private unnamed_addr constant [9 x i8] c"g_678.f0\00", align 1
@.str.65 = private unnamed_addr constant [9 x i8] c"g_678.f1\00", align 1
@.str.66 = private unnamed_addr constant [9 x i8] c"g_678.f2\00", align 1
@.str.67 = private unnamed_addr constant [9 x i8] c"g_678.f3\00", align 1
@.str.68 = private unnamed_addr constant [9 x i8] c"g_678.f4\00", align 1
@.str.69 = private unnamed_addr constant [9 x i8] c"g_678.f5\00", align 1
@g_716 = internal global [4 x [8 x i64]] [[8 x i64] [i64 -8088737494500066809, i64 -8088737494500066809, i64 0, i64 -7281514493713059573, i64 0, i64 -8088737494500066809, i64 -8088737494500066809, i64 0], [8 x i64] [i64 1, i64 0, i64 0, i64 1, i64 -8, i64 1, i64 0, i64 0], [8 x i64] [i64 0, i64 -8, i64 -7281514493713059573, i64 -7281514493713059573, i64 -8, i64 0, i64 -8, i64 -7281514493713059573], [8 x i64] [i64 1, i64 -8, i64 1, i64 0, i64 0, i64 1, i64 -8, i64 1]], align 16
@.str.70 = private unnamed_addr constant [12 x i8] c"g_716[i][j]\00", align 1
@.str.71 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_749 = internal global i64 -666172406246704103, align 8
@.str.72 = private unnamed_addr constant [6 x i8] c"g_749\00", align 1
@g_781 = internal global i32 72102559, align 4
@.str.73 = private unnamed_addr constant [6 x i8] c"g_781\00", align 1
@.str.74 = private unnamed_addr constant [12 x i8] c"g_816[i].f0\00", align 1
@.str.75 = private unnamed_addr constant [12 x i8] c"g_816[i].f1\00", align 1
@.str.76 = private unnamed_addr constant [12 x i8] c"g_816[i].f2\00", align 1
@.str.77 = private unnamed_addr constant [12 x i8] c"g_816[i].f3\00", align 1
@.str.78 = private unnamed_addr constant [12 x i8] c"g_816[i].f4\00", align 1
@.str.79 = private unnamed_addr constant [12 x i8] c"g_816[i].f5\00", align 1
@g_839 = internal global i32 -10, align 4
@.str.80 = private unnamed_addr constant [6 x i8] c"g_839\00", align 1
@g_854 = internal global i8 -107, align 1
@.str.81 = private unnamed_addr constant [6 x i8] c"g_854\00", align 1
@.str.82 = private unnamed_addr constant [9 x i8] c"g_909.f0\00", align 1
@.str.83 = private unnamed_addr constant [9 x i8] c"g_909.f1\00", align 1
@.str.84 = private unnamed_addr constant [9 x i8] c"g_909.f2\00", align 1
@.str.85 = private unnamed_addr constant [9 x i8] c"g_909.f3\00", align 1
@.str.86 = private unnamed_addr constant [9 x i8] c"g_909.f4\00", align 1
@.str.87 = private unnamed_addr constant [9 x i8] c"g_909.f5\00", align 1
@g_1017 = internal global i32 -96884005, align 4
@.str.88 = private unnamed_addr constant [7 x i8] c"g_1017\00", align 1
@.str.89 = private unnamed_addr constant [16 x i8] c"g_1056[i][j].f0\00", align 1
@.str.90 = private unnamed_addr constant [16 x i8] c"g_1056[i][j].f1\00", align 1
@.str.91 = private unnamed_addr constant [16 x i8] c"g_1056[i][j].f2\00", align 1
@.str.92 = private unnamed_addr constant [16 x i8] c"g_1056[i][j].f3\00", align 1
@.str.93 = private unnamed_addr constant [16 x i8] c"g_1056[i][j].f4\00", align 1
@.str.94 = private unnamed_addr constant [16 x i8] c"g_1056[i][j].f5\00", align 1
@g_1134 = internal global i16 -9250, align 2
@.str.95 = private unnamed_addr constant [7 x i8] c"g_1134\00", align 1
@.str.96 = private unnamed_addr constant [10 x i8] c"g_1263.f0\00", align 1
@.str.97 = private unnamed_addr constant [10 x i8] c"g_1263.f1\00", align 1
@.str.98 = private unnamed_addr constant [10 x i8] c"g_1263.f2\00", align 1
@.str.99 = private unnamed_addr constant [10 x i8] c"g_1263.f3\00", align 1
@.str.100 = private unnamed_addr constant [10 x i8] c"g_1263.f4\00", align 1
@.str.101 = private unnamed_addr constant [10 x i8] c"g_1263.f5\00", align 1
@.str.102 = private unnamed_addr constant [10 x i8] c"g_1266.f0\00", align 1
@.str.103 = private unnamed_addr constant [10 x i8] c"g_1266.f1\00", align 1
@.str.104 = private unnamed_addr constant [10 x i8] c"g_1266.f2\00", align 1
@.str.105 = private unnamed_addr constant [10 x i8] c"g_1266.f3\00", align 1
@.str.106 = private unnamed_addr constant [10 x i8] c"g_1266.f4\00", align 1
@.str.107 = private unnamed_addr constant [10 x i8] c"g_1266.f5\00", align 1
@.str.108 = private unnamed_addr constant [10 x i8] c"g_1268.f0\00", align 1
@.str.109 = private unnamed_addr constant [10 x i8] c"g_1268.f1\00", align 1
@.str.110 = private unnamed_addr constant [10 x i8] c"g_1268.f2\00", align 1
@.str.111 = private unnamed_addr constant [10 x i8] c"g_1268.f3\00", align 1
@.str.112 = private unnamed_addr constant [10 x i8] c"g_1268.f4\00", align 1
@.str.113 = private unnamed_addr constant [10 x i8] c"g_1268.f5\00", align 1
@.str.114 = private unnamed_addr constant [13 x i8] c"g_1270[i].f0\00", align 1
@.str.115 = private unnamed_addr constant [13 x i8] c"g_1270[i].f1\00", align 1
@.str.116 = private unnamed_addr constant [13 x i8] c"g_1270[i].f2\00", align 1
@.str.117 = private unnamed_addr constant [13 x i8] c"g_1270[i].f3\00", align 1
@.str.118 = private unnamed_addr constant [13 x i8] c"g_1270[i].f4\00", align 1
@.str.119 = private unnamed_addr constant [13 x i8] c"g_1270[i].f5\00", align 1
@.str.120 = private unnamed_addr constant [10 x i8] c"g_1293.f0\00", align 1
@.str.121 = private unnamed_addr constant [10 x i8] c"g_1293.f1\00", align 1
@.str.122 = private unnamed_addr constant [10 x i8] c"g_1293.f2\00", align 1
@.str.123 = private unnamed_addr constant [10 x i8] c"g_1293.f3\00", align 1
@.str.124 = private unnamed_addr constant [10 x i8] c"g_1293.f4\00", align 1
@.str.125 = private unnamed_addr constant [10 x i8] c"g_1293.f5\00", align 1
@g_1324 = internal global i64 714386476632988916, align 8
@.str.126 = private unnamed_addr constant [7 x i8] c"g_1324\00", align 1
@.str.127 = private unnamed_addr constant [10 x i8] c"g_1447.f0\00", align 1
@.str.128 = private unnamed_addr constant [10 x i8] c"g_1447.f1\00", align 1
@.str.129 = private unnamed_addr constant [10 x i8] c"g_1447.f2\00", align 1
@.str.130 = private unnamed_addr constant [10 x i8] c"g_1447.f3\00", align 1
@.str.131 = private unnamed_addr constant [10 x i8] c"g_1447.f4\00", align 1
@.str.132 = private unnamed_addr constant [10 x i8] c"g_1447.f5\00", align 1
@.str.133 = private unnamed_addr constant [13 x i8] c"g_1453[i].f0\00", align 1
@.str.134 = private unnamed_addr constant [13 x i8] c"g_1453[i].f1\00", align 1
@.str.135 = private unnamed_addr constant [13 x i8] c"g_1453[i].f2\00", align 1
@.str.136 = private unnamed_addr constant [13 x i8] c"g_1453[i].f3\00", align 1
@.str.137 = private unnamed_addr constant [13 x i8] c"g_1453[i].f4\00", align 1
@.str.138 = private unnamed_addr constant [13 x i8] c"g_1453[i].f5\00", align 1
@.str.139 = private unnamed_addr constant [10 x i8] c"g_1508.f0\00", align 1
@.str.140 = private unnamed_addr constant [10 x i8] c"g_1508.f1\00", align 1
@.str.141 = private unnamed_addr constant [10 x i8] c"g_1508.f2\00", align 1
@.str.142 = private unnamed_addr constant [10 x i8] c"g_1508.f3\00", align 1
@.str.143 = private unnamed_addr constant [10 x i8] c"g_1508.f4\00", align 1
@.str.144 = private unnamed_addr constant [10 x i8] c"g_1508.f5\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@g_1382 = internal global [9 x ptr] [ptr @g_570, ptr @g_570, ptr @g_570, ptr @g_570, ptr @g_570, ptr @g_570, ptr @g_570, ptr @g_570, ptr @g_570], align 16
@g_570 = internal global ptr @g_571, align 8
@g_586 = internal global ptr @g_587, align 8
@__const.func_1.l_1529 = private unnamed_addr constant [6 x i32] [i32 -1, i32 -1, i32 -7, i32 -1, i32 -1, i32 -7], align 16
@__const.func_1.l_1592 = private unnamed_addr constant [5 x i16] [i16 -4139, i16 -4139, i16 -4139, i16 -4139, i16 -4139], align 2
@g_571 = internal global ptr @g_250, align 8
@g_250 = internal global ptr @g_248, align 8
@g_587 = internal global ptr null, align 8
@.str.145 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_91 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -112, i8 -128, i8 126, i8 0, i8 -20, i8 -45, i8 1, i8 1, i8 11, [3 x i8] zeroinitializer }, align 4
@g_178 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 9, i8 -128, i8 122, i8 0, i8 -7, i8 91, i8 0, i8 3, i8 5, [3 x i8] zeroinitializer }, align 4
@g_227 = internal global [7 x [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]]] [[7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 1, i8 0, i8 26, i8 -56, i8 0, i8 1, i8 8, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 104, i8 0, i8 3, i8 0, i8 14, i8 76, i8 0, i8 0, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 3, i8 0, i8 -11, i8 -97, i8 1, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 3, i8 0, i8 -11, i8 -97, i8 1, i8 2, i8 1, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -85, i8 -128, i8 6, i8 0, i8 -4, i8 55, i8 1, i8 0, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 24, i8 0, i8 4, i8 0, i8 -2, i8 23, i8 1, i8 4, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -79, i8 -128, i8 124, i8 0, i8 31, i8 92, i8 1, i8 3, i8 2, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 33, i8 0, i8 7, i8 0, i8 -2, i8 99, i8 1, i8 1, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 -128, i8 7, i8 0, i8 -8, i8 19, i8 1, i8 3, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 3, i8 0, i8 -11, i8 -97, i8 1, i8 2, i8 1, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -106, i8 0, i8 126, i8 0, i8 3, i8 24, i8 0, i8 1, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 0, i8 127, i8 0, i8 15, i8 24, i8 1, i8 0, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 24, i8 0, i8 4, i8 0, i8 -2, i8 23, i8 1, i8 4, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 103, i8 -128, i8 4, i8 0, i8 0, i8 60, i8 1, i8 0, i8 11, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 1, i8 0, i8 26, i8 -56, i8 0, i8 1, i8 8, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 3, i8 0, i8 -11, i8 -97, i8 1, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 30, i8 0, i8 5, i8 0, i8 28, i8 -100, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -106, i8 0, i8 126, i8 0, i8 3, i8 24, i8 0, i8 1, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 10, i8 0, i8 7, i8 0, i8 5, i8 60, i8 0, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -79, i8 -128, i8 124, i8 0, i8 31, i8 92, i8 1, i8 3, i8 2, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 33, i8 0, i8 7, i8 0, i8 -2, i8 99, i8 1, i8 1, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 104, i8 0, i8 3, i8 0, i8 14, i8 76, i8 0, i8 0, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 -128, i8 7, i8 0, i8 -8, i8 19, i8 1, i8 3, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 30, i8 0, i8 5, i8 0, i8 28, i8 -100, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }]], [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -85, i8 -128, i8 6, i8 0, i8 -4, i8 55, i8 1, i8 0, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 0, i8 127, i8 0, i8 15, i8 24, i8 1, i8 0, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }]], [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }]], [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }]], [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }]], [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 0, i8 125, i8 0, i8 3, i8 120, i8 1, i8 1, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 -128, i8 123, i8 0, i8 18, i8 20, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -87, i8 -128, i8 0, i8 0, i8 -10, i8 -25, i8 1, i8 2, i8 0, [3 x i8] zeroinitializer }]], [7 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 120, i8 0, i8 -27, i8 91, i8 1, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 51, i8 0, i8 6, i8 0, i8 9, i8 24, i8 0, i8 1, i8 15, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -91, i8 -128, i8 120, i8 0, i8 -16, i8 11, i8 1, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -105, i8 -128, i8 123, i8 0, i8 30, i8 -60, i8 0, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -116, i8 -128, i8 5, i8 0, i8 -18, i8 -37, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -86, i8 -128, i8 127, i8 0, i8 -28, i8 95, i8 0, i8 4, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 118, i8 0, i8 127, i8 0, i8 -2, i8 11, i8 1, i8 4, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 40, i8 -128, i8 122, i8 0, i8 -19, i8 115, i8 0, i8 2, i8 15, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 125, i8 0, i8 -7, i8 -29, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -82, i8 0, i8 3, i8 0, i8 -14, i8 -45, i8 1, i8 3, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 48, i8 -128, i8 124, i8 0, i8 -29, i8 99, i8 0, i8 4, i8 11, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 33, i8 0, i8 7, i8 0, i8 -2, i8 99, i8 1, i8 1, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 3, i8 0, i8 -11, i8 -97, i8 1, i8 2, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 22, i8 0, i8 2, i8 0, i8 21, i8 -56, i8 1, i8 0, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 38, i8 0, i8 3, i8 0, i8 -30, i8 95, i8 1, i8 1, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 -128, i8 3, i8 0, i8 30, i8 24, i8 0, i8 3, i8 3, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 49, i8 -128, i8 124, i8 0, i8 23, i8 -56, i8 1, i8 3, i8 14, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 10, i8 0, i8 7, i8 0, i8 5, i8 60, i8 0, i8 0, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 78, i8 0, i8 124, i8 0, i8 22, i8 -84, i8 0, i8 4, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -81, i8 0, i8 0, i8 0, i8 14, i8 -52, i8 0, i8 3, i8 7, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 32, i8 0, i8 0, i8 0, i8 25, i8 88, i8 1, i8 2, i8 14, [3 x i8] zeroinitializer }], [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 106, i8 0, i8 0, i8 0, i8 -1, i8 111, i8 0, i8 0, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 -128, i8 7, i8 0, i8 -8, i8 19, i8 1, i8 3, i8 4, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 22, i8 0, i8 2, i8 0, i8 21, i8 -56, i8 1, i8 0, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -111, i8 -128, i8 7, i8 0, i8 31, i8 -96, i8 1, i8 3, i8 1, [3 x i8] zeroinitializer }]]], align 16
@g_287 = internal constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -103, i8 -128, i8 124, i8 0, i8 17, i8 -120, i8 0, i8 4, i8 4, [3 x i8] zeroinitializer }, align 4
@g_291 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -118, i8 -128, i8 3, i8 0, i8 -14, i8 127, i8 1, i8 4, i8 8, [3 x i8] zeroinitializer }, align 4
@g_482 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -88, i8 0, i8 0, i8 0, i8 -17, i8 51, i8 1, i8 0, i8 8, [3 x i8] zeroinitializer }, align 4
@g_678 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 4, i8 -128, i8 120, i8 0, i8 -5, i8 3, i8 1, i8 4, i8 3, [3 x i8] zeroinitializer }, align 4
@g_816 = internal global [8 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 5, i8 0, i8 13, i8 -124, i8 0, i8 0, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 5, i8 0, i8 13, i8 -124, i8 0, i8 0, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -98, i8 -128, i8 5, i8 0, i8 25, i8 100, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 5, i8 0, i8 13, i8 -124, i8 0, i8 0, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 5, i8 0, i8 13, i8 -124, i8 0, i8 0, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -98, i8 -128, i8 5, i8 0, i8 25, i8 100, i8 1, i8 3, i8 6, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 5, i8 0, i8 13, i8 -124, i8 0, i8 0, i8 13, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -114, i8 0, i8 5, i8 0, i8 13, i8 -124, i8 0, i8 0, i8 13, [3 x i8] zeroinitializer }], align 16
@g_909 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -106, i8 -128, i8 124, i8 0, i8 22, i8 -84, i8 0, i8 2, i8 7, [3 x i8] zeroinitializer }, align 4
@g_1056 = internal global [2 x [9 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[9 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 0, i8 4, i8 0, i8 0, i8 84, i8 1, i8 4, i8 12, [3 x i8] zeroinitializer }], [9 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 0, i8 125, i8 0, i8 -27, i8 95, i8 1, i8 1, i8 5, [3 x i8] zeroinitializer }]], align 16
@g_1263 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 46, i8 -128, i8 7, i8 0, i8 7, i8 -128, i8 0, i8 2, i8 0, [3 x i8] zeroinitializer }, align 4
@g_1266 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -126, i8 0, i8 123, i8 0, i8 -29, i8 83, i8 0, i8 4, i8 1, [3 x i8] zeroinitializer }, align 4
@g_1268 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -96, i8 -128, i8 125, i8 0, i8 28, i8 -72, i8 0, i8 2, i8 13, [3 x i8] zeroinitializer }, align 4
@g_1270 = internal global [7 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -100, i8 -128, i8 1, i8 0, i8 -3, i8 35, i8 1, i8 0, i8 2, [3 x i8] zeroinitializer }], align 16
@g_1293 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 29, i8 -128, i8 4, i8 0, i8 -28, i8 -41, i8 1, i8 4, i8 1, [3 x i8] zeroinitializer }, align 4
@g_1447 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 76, i8 -128, i8 124, i8 0, i8 -10, i8 -33, i8 1, i8 2, i8 15, [3 x i8] zeroinitializer }, align 4
@g_1453 = internal global [10 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -126, i8 0, i8 0, i8 0, i8 -11, i8 -117, i8 0, i8 3, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 2, i8 0, i8 123, i8 0, i8 -16, i8 -13, i8 1, i8 4, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 2, i8 0, i8 123, i8 0, i8 -16, i8 -13, i8 1, i8 4, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -126, i8 0, i8 0, i8 0, i8 -11, i8 -117, i8 0, i8 3, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 2, i8 0, i8 123, i8 0, i8 -16, i8 -13, i8 1, i8 4, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 2, i8 0, i8 123, i8 0, i8 -16, i8 -13, i8 1, i8 4, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -126, i8 0, i8 0, i8 0, i8 -11, i8 -117, i8 0, i8 3, i8 10, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 2, i8 0, i8 123, i8 0, i8 -16, i8 -13, i8 1, i8 4, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 2, i8 0, i8 123, i8 0, i8 -16, i8 -13, i8 1, i8 4, i8 5, [3 x i8] zeroinitializer }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -126, i8 0, i8 0, i8 0, i8 -11, i8 -117, i8 0, i8 3, i8 10, [3 x i8] zeroinitializer }], align 16
@g_1508 = internal constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 104, i8 -128, i8 1, i8 0, i8 16, i8 8, i8 1, i8 0, i8 12, [3 x i8] zeroinitializer }, align 4
@.str.164 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds ptr, ptr %13, i64 1
  %15 = load ptr, ptr %14, align 8
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #4
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:
  store i32 1, ptr %9, align 4
  br label %19

19:
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i32 @func_1()
  %21 = load i16, ptr @g_14, align 2
  %22 = sext i16 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i16, ptr @g_40, align 2
  %25 = sext i16 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  %27 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 3, ptr noundef @.str.3, i32 noundef %27)
  %28 = load volatile i64, ptr @g_91, align 4
  %29 = and i64 %28, 32767
  %30 = trunc i64 %29 to i32
  %31 = zext i32 %30 to i64
  %32 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %31, ptr noundef @.str.4, i32 noundef %32)
  %33 = load i64, ptr @g_91, align 4
  %34 = shl i64 %33, 41
  %35 = ashr i64 %34, 56
  %36 = trunc i64 %35 to i32
  %37 = sext i32 %36 to i64
  %38 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %37, ptr noundef @.str.5, i32 noundef %38)
  %39 = load i64, ptr @g_91, align 4
  %40 = shl i64 %39, 22
  %41 = ashr i64 %40, 54
  %42 = trunc i64 %41 to i32
  %43 = sext i32 %42 to i64
  %44 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %43, ptr noundef @.str.6, i32 noundef %44)
  %45 = load volatile i64, ptr @g_91, align 4
  %46 = lshr i64 %45, 42
  %47 = and i64 %46, 16383
  %48 = trunc i64 %47 to i32
  %49 = zext i32 %48 to i64
  %50 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %49, ptr noundef @.str.7, i32 noundef %50)
  %51 = load i64, ptr @g_91, align 4
  %52 = lshr i64 %51, 56
  %53 = and i64 %52, 31
  %54 = trunc i64 %53 to i32
  %55 = zext i32 %54 to i64
  %56 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %55, ptr noundef @.str.8, i32 noundef %56)
  %57 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_91, i32 0, i32 1), align 4
  %58 = zext i8 %57 to i32
  %59 = zext i32 %58 to i64
  %60 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %59, ptr noundef @.str.9, i32 noundef %60)
  store i32 0, ptr %6, align 4
  br label %61

61:
  %62 = load i32, ptr %6, align 4
  %63 = icmp slt i32 %62, 8
  br i1 %63, label %64, label %80

64:
  %65 = load i32, ptr %6, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [8 x i32], ptr @g_131, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4
  %69 = sext i32 %68 to i64
  %70 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %69, ptr noundef @.str.10, i32 noundef %70)
  %71 = load i32, ptr %9, align 4
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %73, label %76

73:
  %74 = load i32, ptr %6, align 4
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %74)
  br label %76

76:
  br label %77

77:
  %78 = load i32, ptr %6, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %6, align 4
  br label %61, !llvm.loop !6

80:
  %81 = load i8, ptr @g_157, align 1
  %82 = zext i8 %81 to i64
  %83 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %82, ptr noundef @.str.12, i32 noundef %83)
  %84 = load volatile i64, ptr @g_178, align 4
  %85 = and i64 %84, 32767
  %86 = trunc i64 %85 to i32
  %87 = zext i32 %86 to i64
  %88 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %87, ptr noundef @.str.13, i32 noundef %88)
  %89 = load i64, ptr @g_178, align 4
  %90 = shl i64 %89, 41
  %91 = ashr i64 %90, 56
  %92 = trunc i64 %91 to i32
  %93 = sext i32 %92 to i64
  %94 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %93, ptr noundef @.str.14, i32 noundef %94)
  %95 = load i64, ptr @g_178, align 4
  %96 = shl i64 %95, 22
  %97 = ashr i64 %96, 54
  %98 = trunc i64 %97 to i32
  %99 = sext i32 %98 to i64
  %100 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %99, ptr noundef @.str.15, i32 noundef %100)
  %101 = load volatile i64, ptr @g_178, align 4
  %102 = lshr i64 %101, 42
  %103 = and i64 %102, 16383
  %104 = trunc i64 %103 to i32
  %105 = zext i32 %104 to i64
  %106 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %105, ptr noundef @.str.16, i32 noundef %106)
  %107 = load i64, ptr @g_178, align 4
  %108 = lshr i64 %107, 56
  %109 = and i64 %108, 31
  %110 = trunc i64 %109 to i32
  %111 = zext i32 %110 to i64
  %112 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %111, ptr noundef @.str.17, i32 noundef %112)
  %113 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_178, i32 0, i32 1), align 4
  %114 = zext i8 %113 to i32
  %115 = zext i32 %114 to i64
  %116 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %115, ptr noundef @.str.18, i32 noundef %116)
  %117 = load i16, ptr @g_180, align 2
  %118 = zext i16 %117 to i64
  %119 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %118, ptr noundef @.str.19, i32 noundef %119)
  %120 = load i16, ptr @g_181, align 2
  %121 = zext i16 %120 to i64
  %122 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %121, ptr noundef @.str.20, i32 noundef %122)
  %123 = load i32, ptr @g_187, align 4
  %124 = sext i32 %123 to i64
  %125 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %124, ptr noundef @.str.21, i32 noundef %125)
  %126 = load i8, ptr @g_211, align 1
  %127 = sext i8 %126 to i64
  %128 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %127, ptr noundef @.str.22, i32 noundef %128)
  %129 = load i32, ptr @g_215, align 4
  %130 = zext i32 %129 to i64
  %131 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %130, ptr noundef @.str.23, i32 noundef %131)
  store i32 0, ptr %6, align 4
  br label %132

132:
  %133 = load i32, ptr %6, align 4
  %134 = icmp slt i32 %133, 7
  br i1 %134, label %135, label %251

135:
  store i32 0, ptr %7, align 4
  br label %136

136:
  %137 = load i32, ptr %7, align 4
  %138 = icmp slt i32 %137, 7
  br i1 %138, label %139, label %247

139:
  store i32 0, ptr %8, align 4
  br label %140

140:
  %141 = load i32, ptr %8, align 4
  %142 = icmp slt i32 %141, 5
  br i1 %142, label %143, label %243

143:
  %144 = load i32, ptr %6, align 4
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [7 x [7 x [5 x %struct.S0]]], ptr @g_227, i64 0, i64 %145
  %147 = load i32, ptr %7, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [7 x [5 x %struct.S0]], ptr %146, i64 0, i64 %148
  %150 = load i32, ptr %8, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [5 x %struct.S0], ptr %149, i64 0, i64 %151
  %153 = load volatile i64, ptr %152, align 4
  %154 = and i64 %153, 32767
  %155 = trunc i64 %154 to i32
  %156 = zext i32 %155 to i64
  %157 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.24, i32 noundef %157)
  %158 = load i32, ptr %6, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [7 x [7 x [5 x %struct.S0]]], ptr @g_227, i64 0, i64 %159
  %161 = load i32, ptr %7, align 4
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [7 x [5 x %struct.S0]], ptr %160, i64 0, i64 %162
  %164 = load i32, ptr %8, align 4
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds [5 x %struct.S0], ptr %163, i64 0, i64 %165
  %167 = load volatile i64, ptr %166, align 4
  %168 = shl i64 %167, 41
  %169 = ashr i64 %168, 56
  %170 = trunc i64 %169 to i32
  %171 = sext i32 %170 to i64
  %172 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %171, ptr noundef @.str.25, i32 noundef %172)
  %173 = load i32, ptr %6, align 4
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds [7 x [7 x [5 x %struct.S0]]], ptr @g_227, i64 0, i64 %174
  %176 = load i32, ptr %7, align 4
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [7 x [5 x %struct.S0]], ptr %175, i64 0, i64 %177
  %179 = load i32, ptr %8, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [5 x %struct.S0], ptr %178, i64 0, i64 %180
  %182 = load volatile i64, ptr %181, align 4
  %183 = shl i64 %182, 22
  %184 = ashr i64 %183, 54
  %185 = trunc i64 %184 to i32
  %186 = sext i32 %185 to i64
  %187 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %186, ptr noundef @.str.26, i32 noundef %187)
  %188 = load i32, ptr %6, align 4
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [7 x [7 x [5 x %struct.S0]]], ptr @g_227, i64 0, i64 %189
  %191 = load i32, ptr %7, align 4
  %192 = sext i32 %191 to i64
  %193 = getelementptr inbounds [7 x [5 x %struct.S0]], ptr %190, i64 0, i64 %192
  %194 = load i32, ptr %8, align 4
  %195 = sext i32 %194 to i64
  %196 = getelementptr inbounds [5 x %struct.S0], ptr %193, i64 0, i64 %195
  %197 = load volatile i64, ptr %196, align 4
  %198 = lshr i64 %197, 42
  %199 = and i64 %198, 16383
  %200 = trunc i64 %199 to i32
  %201 = zext i32 %200 to i64
  %202 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %201, ptr noundef @.str.27, i32 noundef %202)
  %203 = load i32, ptr %6, align 4
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds [7 x [7 x [5 x %struct.S0]]], ptr @g_227, i64 0, i64 %204
  %206 = load i32, ptr %7, align 4
  %207 = sext i32 %206 to i64
  %208 = getelementptr inbounds [7 x [5 x %struct.S0]], ptr %205, i64 0, i64 %207
  %209 = load i32, ptr %8, align 4
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [5 x %struct.S0], ptr %208, i64 0, i64 %210
  %212 = load volatile i64, ptr %211, align 4
  %213 = lshr i64 %212, 56
  %214 = and i64 %213, 31
  %215 = trunc i64 %214 to i32
  %216 = zext i32 %215 to i64
  %217 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %216, ptr noundef @.str.28, i32 noundef %217)
  %218 = load i32, ptr %6, align 4
  %219 = sext i32 %218 to i64
  %220 = getelementptr inbounds [7 x [7 x [5 x %struct.S0]]], ptr @g_227, i64 0, i64 %219
  %221 = load i32, ptr %7, align 4
  %222 = sext i32 %221 to i64
  %223 = getelementptr inbounds [7 x [5 x %struct.S0]], ptr %220, i64 0, i64 %222
  %224 = load i32, ptr %8, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [5 x %struct.S0], ptr %223, i64 0, i64 %225
  %227 = getelementptr inbounds nuw %struct.S0, ptr %226, i32 0, i32 1
  %228 = load volatile i8, ptr %227, align 4
  %229 = zext i8 %228 to i32
  %230 = zext i32 %229 to i64
  %231 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %230, ptr noundef @.str.29, i32 noundef %231)
  %232 = load i32, ptr %9, align 4
  %233 = icmp ne i32 %232, 0
  br i1 %233, label %234, label %239

234:
  %235 = load i32, ptr %6, align 4
  %236 = load i32, ptr %7, align 4
  %237 = load i32, ptr %8, align 4
  %238 = call i32 (ptr, ...) @printf(ptr noundef @.str.30, i32 noundef %235, i32 noundef %236, i32 noundef %237)
  br label %239

239:
  br label %240

240:
  %241 = load i32, ptr %8, align 4
  %242 = add nsw i32 %241, 1
  store i32 %242, ptr %8, align 4
  br label %140, !llvm.loop !8

243:
  br label %244

244:
  %245 = load i32, ptr %7, align 4
  %246 = add nsw i32 %245, 1
  store i32 %246, ptr %7, align 4
  br label %136, !llvm.loop !9

247:
  br label %248

248:
  %249 = load i32, ptr %6, align 4
  %250 = add nsw i32 %249, 1
  store i32 %250, ptr %6, align 4
  br label %132, !llvm.loop !10

251:
  %252 = load i64, ptr @g_231, align 8
  %253 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %252, ptr noundef @.str.31, i32 noundef %253)
  %254 = load i64, ptr @g_248, align 8
  %255 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %254, ptr noundef @.str.32, i32 noundef %255)
  %256 = load i16, ptr @g_251, align 2
  %257 = zext i16 %256 to i64
  %258 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %257, ptr noundef @.str.33, i32 noundef %258)
  %259 = load i8, ptr @g_253, align 1
  %260 = zext i8 %259 to i64
  %261 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %260, ptr noundef @.str.34, i32 noundef %261)
  %262 = load volatile i64, ptr @g_287, align 4
  %263 = and i64 %262, 32767
  %264 = trunc i64 %263 to i32
  %265 = zext i32 %264 to i64
  %266 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %265, ptr noundef @.str.35, i32 noundef %266)
  %267 = load volatile i64, ptr @g_287, align 4
  %268 = shl i64 %267, 41
  %269 = ashr i64 %268, 56
  %270 = trunc i64 %269 to i32
  %271 = sext i32 %270 to i64
  %272 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %271, ptr noundef @.str.36, i32 noundef %272)
  %273 = load volatile i64, ptr @g_287, align 4
  %274 = shl i64 %273, 22
  %275 = ashr i64 %274, 54
  %276 = trunc i64 %275 to i32
  %277 = sext i32 %276 to i64
  %278 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.37, i32 noundef %278)
  %279 = load volatile i64, ptr @g_287, align 4
  %280 = lshr i64 %279, 42
  %281 = and i64 %280, 16383
  %282 = trunc i64 %281 to i32
  %283 = zext i32 %282 to i64
  %284 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.38, i32 noundef %284)
  %285 = load volatile i64, ptr @g_287, align 4
  %286 = lshr i64 %285, 56
  %287 = and i64 %286, 31
  %288 = trunc i64 %287 to i32
  %289 = zext i32 %288 to i64
  %290 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %289, ptr noundef @.str.39, i32 noundef %290)
  %291 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_287, i32 0, i32 1), align 4
  %292 = zext i8 %291 to i32
  %293 = zext i32 %292 to i64
  %294 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %293, ptr noundef @.str.40, i32 noundef %294)
  %295 = load volatile i64, ptr @g_291, align 4
  %296 = and i64 %295, 32767
  %297 = trunc i64 %296 to i32
  %298 = zext i32 %297 to i64
  %299 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %298, ptr noundef @.str.41, i32 noundef %299)
  %300 = load i64, ptr @g_291, align 4
  %301 = shl i64 %300, 41
  %302 = ashr i64 %301, 56
  %303 = trunc i64 %302 to i32
  %304 = sext i32 %303 to i64
  %305 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %304, ptr noundef @.str.42, i32 noundef %305)
  %306 = load i64, ptr @g_291, align 4
  %307 = shl i64 %306, 22
  %308 = ashr i64 %307, 54
  %309 = trunc i64 %308 to i32
  %310 = sext i32 %309 to i64
  %311 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %310, ptr noundef @.str.43, i32 noundef %311)
  %312 = load volatile i64, ptr @g_291, align 4
  %313 = lshr i64 %312, 42
  %314 = and i64 %313, 16383
  %315 = trunc i64 %314 to i32
  %316 = zext i32 %315 to i64
  %317 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %316, ptr noundef @.str.44, i32 noundef %317)
  %318 = load i64, ptr @g_291, align 4
  %319 = lshr i64 %318, 56
  %320 = and i64 %319, 31
  %321 = trunc i64 %320 to i32
  %322 = zext i32 %321 to i64
  %323 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %322, ptr noundef @.str.45, i32 noundef %323)
  %324 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_291, i32 0, i32 1), align 4
  %325 = zext i8 %324 to i32
  %326 = zext i32 %325 to i64
  %327 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %326, ptr noundef @.str.46, i32 noundef %327)
  %328 = load i64, ptr @g_307, align 8
  %329 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %328, ptr noundef @.str.47, i32 noundef %329)
  store i32 0, ptr %6, align 4
  br label %330

330:
  %331 = load i32, ptr %6, align 4
  %332 = icmp slt i32 %331, 7
  br i1 %332, label %333, label %349

333:
  %334 = load i32, ptr %6, align 4
  %335 = sext i32 %334 to i64
  %336 = getelementptr inbounds [7 x i16], ptr @g_336, i64 0, i64 %335
  %337 = load i16, ptr %336, align 2
  %338 = sext i16 %337 to i64
  %339 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %338, ptr noundef @.str.48, i32 noundef %339)
  %340 = load i32, ptr %9, align 4
  %341 = icmp ne i32 %340, 0
  br i1 %341, label %342, label %345

342:
  %343 = load i32, ptr %6, align 4
  %344 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %343)
  br label %345

345:
  br label %346

346:
  %347 = load i32, ptr %6, align 4
  %348 = add nsw i32 %347, 1
  store i32 %348, ptr %6, align 4
  br label %330, !llvm.loop !11

349:
  %350 = load i32, ptr @g_350, align 4
  %351 = sext i32 %350 to i64
  %352 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %351, ptr noundef @.str.49, i32 noundef %352)
  %353 = load i16, ptr @g_394, align 2
  %354 = sext i16 %353 to i64
  %355 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %354, ptr noundef @.str.50, i32 noundef %355)
  %356 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.51, i32 noundef %356)
  %357 = load volatile i64, ptr @g_482, align 4
  %358 = and i64 %357, 32767
  %359 = trunc i64 %358 to i32
  %360 = zext i32 %359 to i64
  %361 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %360, ptr noundef @.str.52, i32 noundef %361)
  %362 = load i64, ptr @g_482, align 4
  %363 = shl i64 %362, 41
  %364 = ashr i64 %363, 56
  %365 = trunc i64 %364 to i32
  %366 = sext i32 %365 to i64
  %367 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %366, ptr noundef @.str.53, i32 noundef %367)
  %368 = load i64, ptr @g_482, align 4
  %369 = shl i64 %368, 22
  %370 = ashr i64 %369, 54
  %371 = trunc i64 %370 to i32
  %372 = sext i32 %371 to i64
  %373 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %372, ptr noundef @.str.54, i32 noundef %373)
  %374 = load volatile i64, ptr @g_482, align 4
  %375 = lshr i64 %374, 42
  %376 = and i64 %375, 16383
  %377 = trunc i64 %376 to i32
  %378 = zext i32 %377 to i64
  %379 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %378, ptr noundef @.str.55, i32 noundef %379)
  %380 = load i64, ptr @g_482, align 4
  %381 = lshr i64 %380, 56
  %382 = and i64 %381, 31
  %383 = trunc i64 %382 to i32
  %384 = zext i32 %383 to i64
  %385 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %384, ptr noundef @.str.56, i32 noundef %385)
  %386 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_482, i32 0, i32 1), align 4
  %387 = zext i8 %386 to i32
  %388 = zext i32 %387 to i64
  %389 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %388, ptr noundef @.str.57, i32 noundef %389)
  %390 = load i32, ptr @g_485, align 4
  %391 = zext i32 %390 to i64
  %392 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %391, ptr noundef @.str.58, i32 noundef %392)
  %393 = load i32, ptr @g_511, align 4
  %394 = zext i32 %393 to i64
  %395 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %394, ptr noundef @.str.59, i32 noundef %395)
  %396 = load i32, ptr @g_513, align 4
  %397 = zext i32 %396 to i64
  %398 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %397, ptr noundef @.str.60, i32 noundef %398)
  %399 = load i16, ptr @g_572, align 2
  %400 = sext i16 %399 to i64
  %401 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %400, ptr noundef @.str.61, i32 noundef %401)
  %402 = load i32, ptr @g_597, align 4
  %403 = sext i32 %402 to i64
  %404 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %403, ptr noundef @.str.62, i32 noundef %404)
  %405 = load volatile i32, ptr @g_629, align 4
  %406 = sext i32 %405 to i64
  %407 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %406, ptr noundef @.str.63, i32 noundef %407)
  %408 = load volatile i64, ptr @g_678, align 4
  %409 = and i64 %408, 32767
  %410 = trunc i64 %409 to i32
  %411 = zext i32 %410 to i64
  %412 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %411, ptr noundef @.str.64, i32 noundef %412)
  %413 = load i64, ptr @g_678, align 4
  %414 = shl i64 %413, 41
  %415 = ashr i64 %414, 56
  %416 = trunc i64 %415 to i32
  %417 = sext i32 %416 to i64
  %418 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %417, ptr noundef @.str.65, i32 noundef %418)
  %419 = load i64, ptr @g_678, align 4
  %420 = shl i64 %419, 22
  %421 = ashr i64 %420, 54
  %422 = trunc i64 %421 to i32
  %423 = sext i32 %422 to i64
  %424 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %423, ptr noundef @.str.66, i32 noundef %424)
  %425 = load volatile i64, ptr @g_678, align 4
  %426 = lshr i64 %425, 42
  %427 = and i64 %426, 16383
  %428 = trunc i64 %427 to i32
  %429 = zext i32 %428 to i64
  %430 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %429, ptr noundef @.str.67, i32 noundef %430)
  %431 = load i64, ptr @g_678, align 4
  %432 = lshr i64 %431, 56
  %433 = and i64 %432, 31
  %434 = trunc i64 %433 to i32
  %435 = zext i32 %434 to i64
  %436 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %435, ptr noundef @.str.68, i32 noundef %436)
  %437 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_678, i32 0, i32 1), align 4
  %438 = zext i8 %437 to i32
  %439 = zext i32 %438 to i64
  %440 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %439, ptr noundef @.str.69, i32 noundef %440)
  store i32 0, ptr %6, align 4
  br label %441

441:
  %442 = load i32, ptr %6, align 4
  %443 = icmp slt i32 %442, 4
  br i1 %443, label %444, label %471

444:
  store i32 0, ptr %7, align 4
  br label %445

445:
  %446 = load i32, ptr %7, align 4
  %447 = icmp slt i32 %446, 8
  br i1 %447, label %448, label %467

448:
  %449 = load i32, ptr %6, align 4
  %450 = sext i32 %449 to i64
  %451 = getelementptr inbounds [4 x [8 x i64]], ptr @g_716, i64 0, i64 %450
  %452 = load i32, ptr %7, align 4
  %453 = sext i32 %452 to i64
  %454 = getelementptr inbounds [8 x i64], ptr %451, i64 0, i64 %453
  %455 = load i64, ptr %454, align 8
  %456 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %455, ptr noundef @.str.70, i32 noundef %456)
  %457 = load i32, ptr %9, align 4
  %458 = icmp ne i32 %457, 0
  br i1 %458, label %459, label %463

459:
  %460 = load i32, ptr %6, align 4
  %461 = load i32, ptr %7, align 4
  %462 = call i32 (ptr, ...) @printf(ptr noundef @.str.71, i32 noundef %460, i32 noundef %461)
  br label %463

463:
  br label %464

464:
  %465 = load i32, ptr %7, align 4
  %466 = add nsw i32 %465, 1
  store i32 %466, ptr %7, align 4
  br label %445, !llvm.loop !12

467:
  br label %468

468:
  %469 = load i32, ptr %6, align 4
  %470 = add nsw i32 %469, 1
  store i32 %470, ptr %6, align 4
  br label %441, !llvm.loop !13

471:
  %472 = load i64, ptr @g_749, align 8
  %473 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %472, ptr noundef @.str.72, i32 noundef %473)
  %474 = load i32, ptr @g_781, align 4
  %475 = sext i32 %474 to i64
  %476 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %475, ptr noundef @.str.73, i32 noundef %476)
  store i32 0, ptr %6, align 4
  br label %477

477:
  %478 = load i32, ptr %6, align 4
  %479 = icmp slt i32 %478, 8
  br i1 %479, label %480, label %542

480:
  %481 = load i32, ptr %6, align 4
  %482 = sext i32 %481 to i64
  %483 = getelementptr inbounds [8 x %struct.S0], ptr @g_816, i64 0, i64 %482
  %484 = load volatile i64, ptr %483, align 4
  %485 = and i64 %484, 32767
  %486 = trunc i64 %485 to i32
  %487 = zext i32 %486 to i64
  %488 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %487, ptr noundef @.str.74, i32 noundef %488)
  %489 = load i32, ptr %6, align 4
  %490 = sext i32 %489 to i64
  %491 = getelementptr inbounds [8 x %struct.S0], ptr @g_816, i64 0, i64 %490
  %492 = load i64, ptr %491, align 4
  %493 = shl i64 %492, 41
  %494 = ashr i64 %493, 56
  %495 = trunc i64 %494 to i32
  %496 = sext i32 %495 to i64
  %497 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %496, ptr noundef @.str.75, i32 noundef %497)
  %498 = load i32, ptr %6, align 4
  %499 = sext i32 %498 to i64
  %500 = getelementptr inbounds [8 x %struct.S0], ptr @g_816, i64 0, i64 %499
  %501 = load i64, ptr %500, align 4
  %502 = shl i64 %501, 22
  %503 = ashr i64 %502, 54
  %504 = trunc i64 %503 to i32
  %505 = sext i32 %504 to i64
  %506 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %505, ptr noundef @.str.76, i32 noundef %506)
  %507 = load i32, ptr %6, align 4
  %508 = sext i32 %507 to i64
  %509 = getelementptr inbounds [8 x %struct.S0], ptr @g_816, i64 0, i64 %508
  %510 = load volatile i64, ptr %509, align 4
  %511 = lshr i64 %510, 42
  %512 = and i64 %511, 16383
  %513 = trunc i64 %512 to i32
  %514 = zext i32 %513 to i64
  %515 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %514, ptr noundef @.str.77, i32 noundef %515)
  %516 = load i32, ptr %6, align 4
  %517 = sext i32 %516 to i64
  %518 = getelementptr inbounds [8 x %struct.S0], ptr @g_816, i64 0, i64 %517
  %519 = load i64, ptr %518, align 4
  %520 = lshr i64 %519, 56
  %521 = and i64 %520, 31
  %522 = trunc i64 %521 to i32
  %523 = zext i32 %522 to i64
  %524 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %523, ptr noundef @.str.78, i32 noundef %524)
  %525 = load i32, ptr %6, align 4
  %526 = sext i32 %525 to i64
  %527 = getelementptr inbounds [8 x %struct.S0], ptr @g_816, i64 0, i64 %526
  %528 = getelementptr inbounds nuw %struct.S0, ptr %527, i32 0, i32 1
  %529 = load volatile i8, ptr %528, align 4
  %530 = zext i8 %529 to i32
  %531 = zext i32 %530 to i64
  %532 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %531, ptr noundef @.str.79, i32 noundef %532)
  %533 = load i32, ptr %9, align 4
  %534 = icmp ne i32 %533, 0
  br i1 %534, label %535, label %538

535:
  %536 = load i32, ptr %6, align 4
  %537 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %536)
  br label %538

538:
  br label %539

539:
  %540 = load i32, ptr %6, align 4
  %541 = add nsw i32 %540, 1
  store i32 %541, ptr %6, align 4
  br label %477, !llvm.loop !14

542:
  %543 = load i32, ptr @g_839, align 4
  %544 = sext i32 %543 to i64
  %545 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %544, ptr noundef @.str.80, i32 noundef %545)
  %546 = load i8, ptr @g_854, align 1
  %547 = zext i8 %546 to i64
  %548 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %547, ptr noundef @.str.81, i32 noundef %548)
  %549 = load volatile i64, ptr @g_909, align 4
  %550 = and i64 %549, 32767
  %551 = trunc i64 %550 to i32
  %552 = zext i32 %551 to i64
  %553 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %552, ptr noundef @.str.82, i32 noundef %553)
  %554 = load volatile i64, ptr @g_909, align 4
  %555 = shl i64 %554, 41
  %556 = ashr i64 %555, 56
  %557 = trunc i64 %556 to i32
  %558 = sext i32 %557 to i64
  %559 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %558, ptr noundef @.str.83, i32 noundef %559)
  %560 = load volatile i64, ptr @g_909, align 4
  %561 = shl i64 %560, 22
  %562 = ashr i64 %561, 54
  %563 = trunc i64 %562 to i32
  %564 = sext i32 %563 to i64
  %565 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %564, ptr noundef @.str.84, i32 noundef %565)
  %566 = load volatile i64, ptr @g_909, align 4
  %567 = lshr i64 %566, 42
  %568 = and i64 %567, 16383
  %569 = trunc i64 %568 to i32
  %570 = zext i32 %569 to i64
  %571 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %570, ptr noundef @.str.85, i32 noundef %571)
  %572 = load volatile i64, ptr @g_909, align 4
  %573 = lshr i64 %572, 56
  %574 = and i64 %573, 31
  %575 = trunc i64 %574 to i32
  %576 = zext i32 %575 to i64
  %577 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %576, ptr noundef @.str.86, i32 noundef %577)
  %578 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_909, i32 0, i32 1), align 4
  %579 = zext i8 %578 to i32
  %580 = zext i32 %579 to i64
  %581 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %580, ptr noundef @.str.87, i32 noundef %581)
  %582 = load i32, ptr @g_1017, align 4
  %583 = sext i32 %582 to i64
  %584 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %583, ptr noundef @.str.88, i32 noundef %584)
  store i32 0, ptr %6, align 4
  br label %585

585:
  %586 = load i32, ptr %6, align 4
  %587 = icmp slt i32 %586, 2
  br i1 %587, label %588, label %677

588:
  store i32 0, ptr %7, align 4
  br label %589

589:
  %590 = load i32, ptr %7, align 4
  %591 = icmp slt i32 %590, 9
  br i1 %591, label %592, label %673

592:
  %593 = load i32, ptr %6, align 4
  %594 = sext i32 %593 to i64
  %595 = getelementptr inbounds [2 x [9 x %struct.S0]], ptr @g_1056, i64 0, i64 %594
  %596 = load i32, ptr %7, align 4
  %597 = sext i32 %596 to i64
  %598 = getelementptr inbounds [9 x %struct.S0], ptr %595, i64 0, i64 %597
  %599 = load volatile i64, ptr %598, align 4
  %600 = and i64 %599, 32767
  %601 = trunc i64 %600 to i32
  %602 = zext i32 %601 to i64
  %603 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %602, ptr noundef @.str.89, i32 noundef %603)
  %604 = load i32, ptr %6, align 4
  %605 = sext i32 %604 to i64
  %606 = getelementptr inbounds [2 x [9 x %struct.S0]], ptr @g_1056, i64 0, i64 %605
  %607 = load i32, ptr %7, align 4
  %608 = sext i32 %607 to i64
  %609 = getelementptr inbounds [9 x %struct.S0], ptr %606, i64 0, i64 %608
  %610 = load i64, ptr %609, align 4
  %611 = shl i64 %610, 41
  %612 = ashr i64 %611, 56
  %613 = trunc i64 %612 to i32
  %614 = sext i32 %613 to i64
  %615 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %614, ptr noundef @.str.90, i32 noundef %615)
  %616 = load i32, ptr %6, align 4
  %617 = sext i32 %616 to i64
  %618 = getelementptr inbounds [2 x [9 x %struct.S0]], ptr @g_1056, i64 0, i64 %617
  %619 = load i32, ptr %7, align 4
  %620 = sext i32 %619 to i64
  %621 = getelementptr inbounds [9 x %struct.S0], ptr %618, i64 0, i64 %620
  %622 = load i64, ptr %621, align 4
  %623 = shl i64 %622, 22
  %624 = ashr i64 %623, 54
  %625 = trunc i64 %624 to i32
  %626 = sext i32 %625 to i64
  %627 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %626, ptr noundef @.str.91, i32 noundef %627)
  %628 = load i32, ptr %6, align 4
  %629 = sext i32 %628 to i64
  %630 = getelementptr inbounds [2 x [9 x %struct.S0]], ptr @g_1056, i64 0, i64 %629
  %631 = load i32, ptr %7, align 4
  %632 = sext i32 %631 to i64
  %633 = getelementptr inbounds [9 x %struct.S0], ptr %630, i64 0, i64 %632
  %634 = load volatile i64, ptr %633, align 4
  %635 = lshr i64 %634, 42
  %636 = and i64 %635, 16383
  %637 = trunc i64 %636 to i32
  %638 = zext i32 %637 to i64
  %639 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %638, ptr noundef @.str.92, i32 noundef %639)
  %640 = load i32, ptr %6, align 4
  %641 = sext i32 %640 to i64
  %642 = getelementptr inbounds [2 x [9 x %struct.S0]], ptr @g_1056, i64 0, i64 %641
  %643 = load i32, ptr %7, align 4
  %644 = sext i32 %643 to i64
  %645 = getelementptr inbounds [9 x %struct.S0], ptr %642, i64 0, i64 %644
  %646 = load i64, ptr %645, align 4
  %647 = lshr i64 %646, 56
  %648 = and i64 %647, 31
  %649 = trunc i64 %648 to i32
  %650 = zext i32 %649 to i64
  %651 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %650, ptr noundef @.str.93, i32 noundef %651)
  %652 = load i32, ptr %6, align 4
  %653 = sext i32 %652 to i64
  %654 = getelementptr inbounds [2 x [9 x %struct.S0]], ptr @g_1056, i64 0, i64 %653
  %655 = load i32, ptr %7, align 4
  %656 = sext i32 %655 to i64
  %657 = getelementptr inbounds [9 x %struct.S0], ptr %654, i64 0, i64 %656
  %658 = getelementptr inbounds nuw %struct.S0, ptr %657, i32 0, i32 1
  %659 = load volatile i8, ptr %658, align 4
  %660 = zext i8 %659 to i32
  %661 = zext i32 %660 to i64
  %662 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %661, ptr noundef @.str.94, i32 noundef %662)
  %663 = load i32, ptr %9, align 4
  %664 = icmp ne i32 %663, 0
  br i1 %664, label %665, label %669

665:
  %666 = load i32, ptr %6, align 4
  %667 = load i32, ptr %7, align 4
  %668 = call i32 (ptr, ...) @printf(ptr noundef @.str.71, i32 noundef %666, i32 noundef %667)
  br label %669

669:
  br label %670

670:
  %671 = load i32, ptr %7, align 4
  %672 = add nsw i32 %671, 1
  store i32 %672, ptr %7, align 4
  br label %589, !llvm.loop !15

673:
  br label %674

674:
  %675 = load i32, ptr %6, align 4
  %676 = add nsw i32 %675, 1
  store i32 %676, ptr %6, align 4
  br label %585, !llvm.loop !16

677:
  %678 = load i16, ptr @g_1134, align 2
  %679 = sext i16 %678 to i64
  %680 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %679, ptr noundef @.str.95, i32 noundef %680)
  %681 = load volatile i64, ptr @g_1263, align 4
  %682 = and i64 %681, 32767
  %683 = trunc i64 %682 to i32
  %684 = zext i32 %683 to i64
  %685 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %684, ptr noundef @.str.96, i32 noundef %685)
  %686 = load i64, ptr @g_1263, align 4
  %687 = shl i64 %686, 41
  %688 = ashr i64 %687, 56
  %689 = trunc i64 %688 to i32
  %690 = sext i32 %689 to i64
  %691 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %690, ptr noundef @.str.97, i32 noundef %691)
  %692 = load i64, ptr @g_1263, align 4
  %693 = shl i64 %692, 22
  %694 = ashr i64 %693, 54
  %695 = trunc i64 %694 to i32
  %696 = sext i32 %695 to i64
  %697 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %696, ptr noundef @.str.98, i32 noundef %697)
  %698 = load volatile i64, ptr @g_1263, align 4
  %699 = lshr i64 %698, 42
  %700 = and i64 %699, 16383
  %701 = trunc i64 %700 to i32
  %702 = zext i32 %701 to i64
  %703 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %702, ptr noundef @.str.99, i32 noundef %703)
  %704 = load i64, ptr @g_1263, align 4
  %705 = lshr i64 %704, 56
  %706 = and i64 %705, 31
  %707 = trunc i64 %706 to i32
  %708 = zext i32 %707 to i64
  %709 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %708, ptr noundef @.str.100, i32 noundef %709)
  %710 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1263, i32 0, i32 1), align 4
  %711 = zext i8 %710 to i32
  %712 = zext i32 %711 to i64
  %713 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %712, ptr noundef @.str.101, i32 noundef %713)
  %714 = load volatile i64, ptr @g_1266, align 4
  %715 = and i64 %714, 32767
  %716 = trunc i64 %715 to i32
  %717 = zext i32 %716 to i64
  %718 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %717, ptr noundef @.str.102, i32 noundef %718)
  %719 = load i64, ptr @g_1266, align 4
  %720 = shl i64 %719, 41
  %721 = ashr i64 %720, 56
  %722 = trunc i64 %721 to i32
  %723 = sext i32 %722 to i64
  %724 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %723, ptr noundef @.str.103, i32 noundef %724)
  %725 = load i64, ptr @g_1266, align 4
  %726 = shl i64 %725, 22
  %727 = ashr i64 %726, 54
  %728 = trunc i64 %727 to i32
  %729 = sext i32 %728 to i64
  %730 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %729, ptr noundef @.str.104, i32 noundef %730)
  %731 = load volatile i64, ptr @g_1266, align 4
  %732 = lshr i64 %731, 42
  %733 = and i64 %732, 16383
  %734 = trunc i64 %733 to i32
  %735 = zext i32 %734 to i64
  %736 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %735, ptr noundef @.str.105, i32 noundef %736)
  %737 = load i64, ptr @g_1266, align 4
  %738 = lshr i64 %737, 56
  %739 = and i64 %738, 31
  %740 = trunc i64 %739 to i32
  %741 = zext i32 %740 to i64
  %742 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %741, ptr noundef @.str.106, i32 noundef %742)
  %743 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1266, i32 0, i32 1), align 4
  %744 = zext i8 %743 to i32
  %745 = zext i32 %744 to i64
  %746 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %745, ptr noundef @.str.107, i32 noundef %746)
  %747 = load volatile i64, ptr @g_1268, align 4
  %748 = and i64 %747, 32767
  %749 = trunc i64 %748 to i32
  %750 = zext i32 %749 to i64
  %751 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %750, ptr noundef @.str.108, i32 noundef %751)
  %752 = load i64, ptr @g_1268, align 4
  %753 = shl i64 %752, 41
  %754 = ashr i64 %753, 56
  %755 = trunc i64 %754 to i32
  %756 = sext i32 %755 to i64
  %757 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %756, ptr noundef @.str.109, i32 noundef %757)
  %758 = load i64, ptr @g_1268, align 4
  %759 = shl i64 %758, 22
  %760 = ashr i64 %759, 54
  %761 = trunc i64 %760 to i32
  %762 = sext i32 %761 to i64
  %763 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %762, ptr noundef @.str.110, i32 noundef %763)
  %764 = load volatile i64, ptr @g_1268, align 4
  %765 = lshr i64 %764, 42
  %766 = and i64 %765, 16383
  %767 = trunc i64 %766 to i32
  %768 = zext i32 %767 to i64
  %769 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %768, ptr noundef @.str.111, i32 noundef %769)
  %770 = load i64, ptr @g_1268, align 4
  %771 = lshr i64 %770, 56
  %772 = and i64 %771, 31
  %773 = trunc i64 %772 to i32
  %774 = zext i32 %773 to i64
  %775 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %774, ptr noundef @.str.112, i32 noundef %775)
  %776 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1268, i32 0, i32 1), align 4
  %777 = zext i8 %776 to i32
  %778 = zext i32 %777 to i64
  %779 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %778, ptr noundef @.str.113, i32 noundef %779)
  store i32 0, ptr %6, align 4
  br label %780

780:
  %781 = load i32, ptr %6, align 4
  %782 = icmp slt i32 %781, 7
  br i1 %782, label %783, label %845

783:
  %784 = load i32, ptr %6, align 4
  %785 = sext i32 %784 to i64
  %786 = getelementptr inbounds [7 x %struct.S0], ptr @g_1270, i64 0, i64 %785
  %787 = load volatile i64, ptr %786, align 4
  %788 = and i64 %787, 32767
  %789 = trunc i64 %788 to i32
  %790 = zext i32 %789 to i64
  %791 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %790, ptr noundef @.str.114, i32 noundef %791)
  %792 = load i32, ptr %6, align 4
  %793 = sext i32 %792 to i64
  %794 = getelementptr inbounds [7 x %struct.S0], ptr @g_1270, i64 0, i64 %793
  %795 = load i64, ptr %794, align 4
  %796 = shl i64 %795, 41
  %797 = ashr i64 %796, 56
  %798 = trunc i64 %797 to i32
  %799 = sext i32 %798 to i64
  %800 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %799, ptr noundef @.str.115, i32 noundef %800)
  %801 = load i32, ptr %6, align 4
  %802 = sext i32 %801 to i64
  %803 = getelementptr inbounds [7 x %struct.S0], ptr @g_1270, i64 0, i64 %802
  %804 = load i64, ptr %803, align 4
  %805 = shl i64 %804, 22
  %806 = ashr i64 %805, 54
  %807 = trunc i64 %806 to i32
  %808 = sext i32 %807 to i64
  %809 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %808, ptr noundef @.str.116, i32 noundef %809)
  %810 = load i32, ptr %6, align 4
  %811 = sext i32 %810 to i64
  %812 = getelementptr inbounds [7 x %struct.S0], ptr @g_1270, i64 0, i64 %811
  %813 = load volatile i64, ptr %812, align 4
  %814 = lshr i64 %813, 42
  %815 = and i64 %814, 16383
  %816 = trunc i64 %815 to i32
  %817 = zext i32 %816 to i64
  %818 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %817, ptr noundef @.str.117, i32 noundef %818)
  %819 = load i32, ptr %6, align 4
  %820 = sext i32 %819 to i64
  %821 = getelementptr inbounds [7 x %struct.S0], ptr @g_1270, i64 0, i64 %820
  %822 = load i64, ptr %821, align 4
  %823 = lshr i64 %822, 56
  %824 = and i64 %823, 31
  %825 = trunc i64 %824 to i32
  %826 = zext i32 %825 to i64
  %827 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %826, ptr noundef @.str.118, i32 noundef %827)
  %828 = load i32, ptr %6, align 4
  %829 = sext i32 %828 to i64
  %830 = getelementptr inbounds [7 x %struct.S0], ptr @g_1270, i64 0, i64 %829
  %831 = getelementptr inbounds nuw %struct.S0, ptr %830, i32 0, i32 1
  %832 = load volatile i8, ptr %831, align 4
  %833 = zext i8 %832 to i32
  %834 = zext i32 %833 to i64
  %835 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %834, ptr noundef @.str.119, i32 noundef %835)
  %836 = load i32, ptr %9, align 4
  %837 = icmp ne i32 %836, 0
  br i1 %837, label %838, label %841

838:
  %839 = load i32, ptr %6, align 4
  %840 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %839)
  br label %841

841:
  br label %842

842:
  %843 = load i32, ptr %6, align 4
  %844 = add nsw i32 %843, 1
  store i32 %844, ptr %6, align 4
  br label %780, !llvm.loop !17

845:
  %846 = load volatile i64, ptr @g_1293, align 4
  %847 = and i64 %846, 32767
  %848 = trunc i64 %847 to i32
  %849 = zext i32 %848 to i64
  %850 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %849, ptr noundef @.str.120, i32 noundef %850)
  %851 = load i64, ptr @g_1293, align 4
  %852 = shl i64 %851, 41
  %853 = ashr i64 %852, 56
  %854 = trunc i64 %853 to i32
  %855 = sext i32 %854 to i64
  %856 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %855, ptr noundef @.str.121, i32 noundef %856)
  %857 = load i64, ptr @g_1293, align 4
  %858 = shl i64 %857, 22
  %859 = ashr i64 %858, 54
  %860 = trunc i64 %859 to i32
  %861 = sext i32 %860 to i64
  %862 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %861, ptr noundef @.str.122, i32 noundef %862)
  %863 = load volatile i64, ptr @g_1293, align 4
  %864 = lshr i64 %863, 42
  %865 = and i64 %864, 16383
  %866 = trunc i64 %865 to i32
  %867 = zext i32 %866 to i64
  %868 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %867, ptr noundef @.str.123, i32 noundef %868)
  %869 = load i64, ptr @g_1293, align 4
  %870 = lshr i64 %869, 56
  %871 = and i64 %870, 31
  %872 = trunc i64 %871 to i32
  %873 = zext i32 %872 to i64
  %874 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %873, ptr noundef @.str.124, i32 noundef %874)
  %875 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1293, i32 0, i32 1), align 4
  %876 = zext i8 %875 to i32
  %877 = zext i32 %876 to i64
  %878 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %877, ptr noundef @.str.125, i32 noundef %878)
  %879 = load i64, ptr @g_1324, align 8
  %880 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %879, ptr noundef @.str.126, i32 noundef %880)
  %881 = load volatile i64, ptr @g_1447, align 4
  %882 = and i64 %881, 32767
  %883 = trunc i64 %882 to i32
  %884 = zext i32 %883 to i64
  %885 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %884, ptr noundef @.str.127, i32 noundef %885)
  %886 = load volatile i64, ptr @g_1447, align 4
  %887 = shl i64 %886, 41
  %888 = ashr i64 %887, 56
  %889 = trunc i64 %888 to i32
  %890 = sext i32 %889 to i64
  %891 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %890, ptr noundef @.str.128, i32 noundef %891)
  %892 = load volatile i64, ptr @g_1447, align 4
  %893 = shl i64 %892, 22
  %894 = ashr i64 %893, 54
  %895 = trunc i64 %894 to i32
  %896 = sext i32 %895 to i64
  %897 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %896, ptr noundef @.str.129, i32 noundef %897)
  %898 = load volatile i64, ptr @g_1447, align 4
  %899 = lshr i64 %898, 42
  %900 = and i64 %899, 16383
  %901 = trunc i64 %900 to i32
  %902 = zext i32 %901 to i64
  %903 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %902, ptr noundef @.str.130, i32 noundef %903)
  %904 = load volatile i64, ptr @g_1447, align 4
  %905 = lshr i64 %904, 56
  %906 = and i64 %905, 31
  %907 = trunc i64 %906 to i32
  %908 = zext i32 %907 to i64
  %909 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %908, ptr noundef @.str.131, i32 noundef %909)
  %910 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1447, i32 0, i32 1), align 4
  %911 = zext i8 %910 to i32
  %912 = zext i32 %911 to i64
  %913 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %912, ptr noundef @.str.132, i32 noundef %913)
  store i32 0, ptr %6, align 4
  br label %914

914:
  %915 = load i32, ptr %6, align 4
  %916 = icmp slt i32 %915, 10
  br i1 %916, label %917, label %979

917:
  %918 = load i32, ptr %6, align 4
  %919 = sext i32 %918 to i64
  %920 = getelementptr inbounds [10 x %struct.S0], ptr @g_1453, i64 0, i64 %919
  %921 = load volatile i64, ptr %920, align 4
  %922 = and i64 %921, 32767
  %923 = trunc i64 %922 to i32
  %924 = zext i32 %923 to i64
  %925 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %924, ptr noundef @.str.133, i32 noundef %925)
  %926 = load i32, ptr %6, align 4
  %927 = sext i32 %926 to i64
  %928 = getelementptr inbounds [10 x %struct.S0], ptr @g_1453, i64 0, i64 %927
  %929 = load i64, ptr %928, align 4
  %930 = shl i64 %929, 41
  %931 = ashr i64 %930, 56
  %932 = trunc i64 %931 to i32
  %933 = sext i32 %932 to i64
  %934 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %933, ptr noundef @.str.134, i32 noundef %934)
  %935 = load i32, ptr %6, align 4
  %936 = sext i32 %935 to i64
  %937 = getelementptr inbounds [10 x %struct.S0], ptr @g_1453, i64 0, i64 %936
  %938 = load i64, ptr %937, align 4
  %939 = shl i64 %938, 22
  %940 = ashr i64 %939, 54
  %941 = trunc i64 %940 to i32
  %942 = sext i32 %941 to i64
  %943 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %942, ptr noundef @.str.135, i32 noundef %943)
  %944 = load i32, ptr %6, align 4
  %945 = sext i32 %944 to i64
  %946 = getelementptr inbounds [10 x %struct.S0], ptr @g_1453, i64 0, i64 %945
  %947 = load volatile i64, ptr %946, align 4
  %948 = lshr i64 %947, 42
  %949 = and i64 %948, 16383
  %950 = trunc i64 %949 to i32
  %951 = zext i32 %950 to i64
  %952 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %951, ptr noundef @.str.136, i32 noundef %952)
  %953 = load i32, ptr %6, align 4
  %954 = sext i32 %953 to i64
  %955 = getelementptr inbounds [10 x %struct.S0], ptr @g_1453, i64 0, i64 %954
  %956 = load i64, ptr %955, align 4
  %957 = lshr i64 %956, 56
  %958 = and i64 %957, 31
  %959 = trunc i64 %958 to i32
  %960 = zext i32 %959 to i64
  %961 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %960, ptr noundef @.str.137, i32 noundef %961)
  %962 = load i32, ptr %6, align 4
  %963 = sext i32 %962 to i64
  %964 = getelementptr inbounds [10 x %struct.S0], ptr @g_1453, i64 0, i64 %963
  %965 = getelementptr inbounds nuw %struct.S0, ptr %964, i32 0, i32 1
  %966 = load volatile i8, ptr %965, align 4
  %967 = zext i8 %966 to i32
  %968 = zext i32 %967 to i64
  %969 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %968, ptr noundef @.str.138, i32 noundef %969)
  %970 = load i32, ptr %9, align 4
  %971 = icmp ne i32 %970, 0
  br i1 %971, label %972, label %975

972:
  %973 = load i32, ptr %6, align 4
  %974 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %973)
  br label %975

975:
  br label %976

976:
  %977 = load i32, ptr %6, align 4
  %978 = add nsw i32 %977, 1
  store i32 %978, ptr %6, align 4
  br label %914, !llvm.loop !18

979:
  %980 = load volatile i64, ptr @g_1508, align 4
  %981 = and i64 %980, 32767
  %982 = trunc i64 %981 to i32
  %983 = zext i32 %982 to i64
  %984 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %983, ptr noundef @.str.139, i32 noundef %984)
  %985 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 3, ptr noundef @.str.140, i32 noundef %985)
  %986 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 16, ptr noundef @.str.141, i32 noundef %986)
  %987 = load volatile i64, ptr @g_1508, align 4
  %988 = lshr i64 %987, 42
  %989 = and i64 %988, 16383
  %990 = trunc i64 %989 to i32
  %991 = zext i32 %990 to i64
  %992 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %991, ptr noundef @.str.142, i32 noundef %992)
  %993 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.143, i32 noundef %993)
  %994 = load volatile i8, ptr getelementptr inbounds nuw (%struct.S0, ptr @g_1508, i32 0, i32 1), align 4
  %995 = zext i8 %994 to i32
  %996 = zext i32 %995 to i64
  %997 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %996, ptr noundef @.str.144, i32 noundef %997)
  %998 = load i32, ptr @crc32_context, align 4
  %999 = zext i32 %998 to i64
  %1000 = xor i64 %999, 4294967295
  %1001 = trunc i64 %1000 to i32
  %1002 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %1001, i32 noundef %1002)
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
  br label %10, !llvm.loop !19

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
  br label %5, !llvm.loop !20

36:
  ret void
}

define internal i32 @func_1() #0 {
  %1 = alloca i64, align 8
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i8, align 1
  %14 = alloca ptr, align 8
  %15 = alloca [8 x [1 x [2 x ptr]]], align 16
  %16 = alloca [6 x i32], align 16
  %17 = alloca [5 x i64], align 16
  %18 = alloca [5 x i16], align 2
  %19 = alloca i16, align 2
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  store i64 4928415723148106381, ptr %1, align 8
  store ptr @g_40, ptr %2, align 8
  store ptr @g_350, ptr %3, align 8
  store ptr @g_1382, ptr %4, align 8
  store ptr @g_570, ptr %5, align 8
  store i32 -38835041, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 1, ptr %8, align 4
  store i32 1989015385, ptr %9, align 4
  store i32 1, ptr %10, align 4
  store i32 2, ptr %11, align 4
  store ptr @g_586, ptr %12, align 8
  store i8 1, ptr %13, align 1
  store ptr @g_1508, ptr %14, align 8
  store ptr %14, ptr %15, align 8
  %24 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %14, ptr %24, align 8
  %25 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 1
  store ptr %14, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr null, ptr %26, align 8
  %27 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 2
  store ptr %14, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %14, ptr %28, align 8
  %29 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 3
  store ptr null, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %14, ptr %30, align 8
  %31 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 4
  store ptr %14, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %14, ptr %32, align 8
  %33 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 5
  store ptr null, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %33, i64 1
  store ptr %14, ptr %34, align 8
  %35 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 6
  store ptr %14, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr null, ptr %36, align 8
  %37 = getelementptr inbounds [1 x [2 x ptr]], ptr %15, i64 7
  store ptr %14, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %14, ptr %38, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %16, ptr align 16 @__const.func_1.l_1529, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %18, ptr align 2 @__const.func_1.l_1592, i64 10, i1 false)
  store i16 -9, ptr %19, align 2
  store i32 -6, ptr %20, align 4
  store i32 0, ptr %21, align 4
  br label %39

39:
  %40 = load i32, ptr %21, align 4
  %41 = icmp slt i32 %40, 5
  br i1 %41, label %42, label %49

42:
  %43 = load i32, ptr %21, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [5 x i64], ptr %17, i64 0, i64 %44
  store i64 1, ptr %45, align 8
  br label %46

46:
  %47 = load i32, ptr %21, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %21, align 4
  br label %39, !llvm.loop !21

49:
  %50 = load ptr, ptr %3, align 8
  %51 = load i32, ptr %50, align 4
  ret i32 %51
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.145, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.164, i32 noundef %5)
  ret void
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

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
attributes #4 = { nounwind willreturn memory(read) }

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
