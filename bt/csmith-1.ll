source_filename = "csmith-1.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i32 6, align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@g_6 = internal global i32 9, align 4
@.str.2 = private unnamed_addr constant [4 x i8] c"g_6\00", align 1
@g_48 = internal global i16 -1, align 2
@.str.3 = private unnamed_addr constant [5 x i8] c"g_48\00", align 1
@g_60 = internal global i64 -1, align 8
@.str.4 = private unnamed_addr constant [5 x i8] c"g_60\00", align 1
@g_63 = internal global i32 -5, align 4
@.str.5 = private unnamed_addr constant [5 x i8] c"g_63\00", align 1
@g_79 = internal global i32 -53373176, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_79\00", align 1
@g_82 = internal global i64 8214907739534190331, align 8
@.str.7 = private unnamed_addr constant [5 x i8] c"g_82\00", align 1
@g_83 = internal global i32 -1, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_83\00", align 1
@g_98 = internal global i32 0, align 4
@.str.9 = private unnamed_addr constant [5 x i8] c"g_98\00", align 1
@g_107 = internal global i32 -56876417, align 4
@.str.10 = private unnamed_addr constant [6 x i8] c"g_107\00", align 1
@g_111 = internal global [8 x i64] [i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3], align 16
@.str.11 = private unnamed_addr constant [9 x i8] c"g_111[i]\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_124 = internal global i8 1, align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"g_124\00", align 1
@g_146 = internal global i8 6, align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"g_146\00", align 1
@g_223 = internal global i16 0, align 2
@.str.15 = private unnamed_addr constant [6 x i8] c"g_223\00", align 1
@g_228 = internal global i32 -1, align 4
@.str.16 = private unnamed_addr constant [6 x i8] c"g_228\00", align 1
@g_278 = internal global [7 x i8] c"rrrrrrr", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"g_278[i]\00", align 1
@g_280 = internal global i8 -2, align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"g_280\00", align 1
@g_281 = internal global i8 -10, align 1
@.str.19 = private unnamed_addr constant [6 x i8] c"g_281\00", align 1
@g_282 = internal global i32 -1, align 4
@.str.20 = private unnamed_addr constant [6 x i8] c"g_282\00", align 1
@g_283 = internal global [6 x i32] [i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1], align 16
@.str.21 = private unnamed_addr constant [9 x i8] c"g_283[i]\00", align 1
@g_293 = internal global i64 -6, align 8
@.str.22 = private unnamed_addr constant [6 x i8] c"g_293\00", align 1
@g_298 = internal global i32 9, align 4
@.str.23 = private unnamed_addr constant [6 x i8] c"g_298\00", align 1
@g_346 = internal global i32 -685660793, align 4
@.str.24 = private unnamed_addr constant [6 x i8] c"g_346\00", align 1
@g_368 = internal global i16 -1, align 2
@.str.25 = private unnamed_addr constant [6 x i8] c"g_368\00", align 1
@g_369 = internal global i16 1, align 2
@.str.26 = private unnamed_addr constant [6 x i8] c"g_369\00", align 1
@g_442 = internal global i64 -1, align 8
@.str.27 = private unnamed_addr constant [6 x i8] c"g_442\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"g_683\00", align 1
@g_697 = internal global i32 2, align 4
@.str.29 = private unnamed_addr constant [6 x i8] c"g_697\00", align 1
@g_728 = internal global i32 -1911479144, align 4
@.str.30 = private unnamed_addr constant [6 x i8] c"g_728\00", align 1
@g_729 = internal global i16 0, align 2
@.str.31 = private unnamed_addr constant [6 x i8] c"g_729\00", align 1
@g_730 = internal global i16 0, align 2
@.str.32 = private unnamed_addr constant [6 x i8] c"g_730\00", align 1
@g_755 = internal constant [4 x i32] zeroinitializer, align 16
@.str.33 = private unnamed_addr constant [9 x i8] c"g_755[i]\00", align 1
@.str.34 = private unnamed_addr constant [6 x i8] c"g_761\00", align 1
@g_779 = internal global [4 x [10 x [6 x i32]]] [[10 x [6 x i32]] [[6 x i32] [i32 8, i32 1, i32 1, i32 14993251, i32 -310308624, i32 1], [6 x i32] [i32 1211595743, i32 1, i32 -6, i32 -7, i32 0, i32 1], [6 x i32] [i32 -8, i32 531640820, i32 1, i32 -7, i32 1, i32 0], [6 x i32] [i32 0, i32 1, i32 -378870763, i32 531640820, i32 -1, i32 0], [6 x i32] [i32 1, i32 1908849391, i32 414391392, i32 -1065537788, i32 0, i32 1908849391], [6 x i32] [i32 0, i32 1908849391, i32 8, i32 1, i32 -1, i32 1358026605], [6 x i32] [i32 -310308624, i32 1, i32 414391392, i32 1, i32 414391392, i32 1], [6 x i32] [i32 0, i32 0, i32 -378870763, i32 -1065537788, i32 -1, i32 1], [6 x i32] [i32 1, i32 1358026605, i32 414391392, i32 531640820, i32 0, i32 1358026605], [6 x i32] [i32 0, i32 1358026605, i32 8, i32 1, i32 -1, i32 1908849391]], [10 x [6 x i32]] [[6 x i32] [i32 -310308624, i32 0, i32 414391392, i32 1, i32 414391392, i32 0], [6 x i32] [i32 0, i32 1, i32 -378870763, i32 531640820, i32 -1, i32 0], [6 x i32] [i32 1, i32 1908849391, i32 414391392, i32 -1065537788, i32 0, i32 1908849391], [6 x i32] [i32 0, i32 1908849391, i32 8, i32 1, i32 -1, i32 1358026605], [6 x i32] [i32 -310308624, i32 1, i32 414391392, i32 1, i32 414391392, i32 1], [6 x i32] [i32 0, i32 0, i32 -378870763, i32 -1065537788, i32 -1, i32 1], [6 x i32] [i32 1, i32 1358026605, i32 414391392, i32 531640820, i32 0, i32 1358026605], [6 x i32] [i32 0, i32 1358026605, i32 8, i32 1, i32 -1, i32 1908849391], [6 x i32] [i32 -310308624, i32 0, i32 414391392, i32 1, i32 414391392, i32 0], [6 x i32] [i32 0, i32 1, i32 -378870763, i32 531640820, i32 -1, i32 0]], [10 x [6 x i32]] [[6 x i32] [i32 1, i32 1908849391, i32 414391392, i32 -1065537788, i32 0, i32 1908849391], [6 x i32] [i32 0, i32 1908849391, i32 8, i32 1, i32 -1, i32 1358026605], [6 x i32] [i32 -310308624, i32 1, i32 414391392, i32 1, i32 414391392, i32 1], [6 x i32] [i32 0, i32 0, i32 -378870763, i32 -1065537788, i32 -1, i32 1], [6 x i32] [i32 1, i32 1358026605, i32 414391392, i32 531640820, i32 0, i32 1358026605], [6 x i32] [i32 0, i32 1358026605, i32 8, i32 1, i32 -1, i32 1908849391], [6 x i32] [i32 -310308624, i32 0, i32 414391392, i32 1, i32 414391392, i32 0], [6 x i32] [i32 0, i32 1, i32 -378870763, i32 531640820, i32 -1, i32 0], [6 x i32] [i32 1, i32 1908849391, i32 414391392, i32 -1065537788, i32 0, i32 1908849391], [6 x i32] [i32 0, i32 1908849391, i32 8, i32 1, i32 -1, i32 1358026605]], [10 x [6 x i32]] [[6 x i32] [i32 -310308624, i32 1, i32 414391392, i32 1, i32 414391392, i32 1], [6 x i32] [i32 0, i32 0, i32 -378870763, i32 -1065537788, i32 -1, i32 1], [6 x i32] [i32 1, i32 1358026605, i32 414391392, i32 531640820, i32 0, i32 1358026605], [6 x i32] [i32 0, i32 1358026605, i32 8, i32 1, i32 -1, i32 1908849391], [6 x i32] [i32 -310308624, i32 0, i32 414391392, i32 1, i32 8, i32 14993251], [6 x i32] [i32 -1, i32 1, i32 -6, i32 0, i32 1211595743, i32 14993251], [6 x i32] [i32 414391392, i32 1309161006, i32 8, i32 1, i32 -8, i32 1309161006], [6 x i32] [i32 -1, i32 1309161006, i32 -1045753868, i32 1908849391, i32 1211595743, i32 -7], [6 x i32] [i32 0, i32 1, i32 8, i32 1908849391, i32 8, i32 1], [6 x i32] [i32 -1, i32 14993251, i32 -6, i32 1, i32 1211595743, i32 1]]], align 16
@.str.35 = private unnamed_addr constant [15 x i8] c"g_779[i][j][k]\00", align 1
@.str.36 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_790 = internal global i32 -790893133, align 4
@.str.37 = private unnamed_addr constant [6 x i8] c"g_790\00", align 1
@g_860 = internal global i32 -1836514791, align 4
@.str.38 = private unnamed_addr constant [6 x i8] c"g_860\00", align 1
@g_946 = internal global i32 2021660616, align 4
@.str.39 = private unnamed_addr constant [6 x i8] c"g_946\00", align 1
@g_1013 = internal global i64 -1, align 8
@.str.40 = private unnamed_addr constant [7 x i8] c"g_1013\00", align 1
@g_1080 = internal constant [7 x [9 x i8]] [[9 x i8] c"a\01\01\01\01a\01\01\01", [9 x i8] c"\F5\F5a\01a\F5\F5a\01", [9 x i8] c"\01\01\01aa\01\01\01a", [9 x i8] c"\01aa\01\01\01aa\01", [9 x i8] c"\F5\01\01\01aa\01\01\01", [9 x i8] c"\01\F5\01\01\F5\01\F5\01\01", [9 x i8] c"aa\01\01\01aa\01\01"], align 16
@.str.41 = private unnamed_addr constant [13 x i8] c"g_1080[i][j]\00", align 1
@.str.42 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_1154 = internal global i8 49, align 1
@.str.43 = private unnamed_addr constant [7 x i8] c"g_1154\00", align 1
@.str.44 = private unnamed_addr constant [7 x i8] c"g_1185\00", align 1
@g_1213 = internal global i8 88, align 1
@.str.45 = private unnamed_addr constant [7 x i8] c"g_1213\00", align 1
@g_1359 = internal global i32 -1315231612, align 4
@.str.46 = private unnamed_addr constant [7 x i8] c"g_1359\00", align 1
@g_1360 = internal global i8 1, align 1
@.str.47 = private unnamed_addr constant [7 x i8] c"g_1360\00", align 1
@g_1369 = internal global i8 7, align 1
@.str.48 = private unnamed_addr constant [7 x i8] c"g_1369\00", align 1
@g_1375 = internal global i32 903734205, align 4
@.str.49 = private unnamed_addr constant [7 x i8] c"g_1375\00", align 1
@g_1380 = internal global i32 -581271395, align 4
@.str.50 = private unnamed_addr constant [7 x i8] c"g_1380\00", align 1
@.str.51 = private unnamed_addr constant [7 x i8] c"g_1423\00", align 1
@.str.52 = private unnamed_addr constant [7 x i8] c"g_1425\00", align 1
@g_1428 = internal constant [5 x i16] [i16 8687, i16 8687, i16 8687, i16 8687, i16 8687], align 2
@.str.53 = private unnamed_addr constant [10 x i8] c"g_1428[i]\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_1373 = private unnamed_addr constant [8 x i8] c"\07\07\\\07\07\\\07\07", align 1
@g_1423 = internal constant i16 1, align 2
@g_1425 = internal constant i16 -3, align 2
@g_940 = internal global ptr null, align 8
@__const.func_1.l_1379 = private unnamed_addr constant [6 x [10 x [4 x ptr]]] [[10 x [4 x ptr]] [[4 x ptr] [ptr null, ptr null, ptr null, ptr @g_2], [4 x ptr] [ptr @g_728, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr @g_728], [4 x ptr] [ptr null, ptr null, ptr @g_2, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_2, ptr @g_2], [4 x ptr] [ptr null, ptr null, ptr null, ptr @g_2], [4 x ptr] [ptr @g_728, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr @g_728], [4 x ptr] [ptr null, ptr null, ptr @g_2, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_2, ptr @g_2]], [10 x [4 x ptr]] [[4 x ptr] [ptr null, ptr null, ptr null, ptr @g_2], [4 x ptr] [ptr @g_728, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr @g_728], [4 x ptr] [ptr null, ptr null, ptr @g_2, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_2, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null]], [10 x [4 x ptr]] [[4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null]], [10 x [4 x ptr]] [[4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null]], [10 x [4 x ptr]] [[4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null]], [10 x [4 x ptr]] [[4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null], [4 x ptr] [ptr null, ptr null, ptr @g_728, ptr null], [4 x ptr] [ptr @g_2, ptr null, ptr @g_2, ptr @g_728], [4 x ptr] [ptr @g_2, ptr @g_728, ptr @g_728, ptr @g_2], [4 x ptr] [ptr null, ptr @g_728, ptr null, ptr @g_728], [4 x ptr] [ptr @g_728, ptr null, ptr null, ptr null]]], align 16
@g_1221 = internal global ptr @g_146, align 8
@g_847 = internal global ptr @g_848, align 8
@g_292 = internal global ptr @g_293, align 8
@g_1411 = internal global ptr @g_71, align 8
@g_754 = internal global ptr getelementptr (i8, ptr @g_755, i64 8), align 8
@g_71 = internal global ptr @g_63, align 8
@g_1264 = internal global ptr @g_71, align 8
@g_848 = internal constant ptr @g_60, align 8
@.str.54 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.55 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:
  store i32 1, ptr %9, align 4
  br label %19

19:
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i32 @func_1()
  %21 = load i32, ptr @g_2, align 4
  %22 = sext i32 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i32, ptr @g_6, align 4
  %25 = sext i32 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  %27 = load i16, ptr @g_48, align 2
  %28 = zext i16 %27 to i64
  %29 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.3, i32 noundef %29)
  %30 = load i64, ptr @g_60, align 8
  %31 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %30, ptr noundef @.str.4, i32 noundef %31)
  %32 = load i32, ptr @g_63, align 4
  %33 = sext i32 %32 to i64
  %34 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %33, ptr noundef @.str.5, i32 noundef %34)
  %35 = load i32, ptr @g_79, align 4
  %36 = sext i32 %35 to i64
  %37 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %36, ptr noundef @.str.6, i32 noundef %37)
  %38 = load volatile i64, ptr @g_82, align 8
  %39 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %38, ptr noundef @.str.7, i32 noundef %39)
  %40 = load volatile i32, ptr @g_83, align 4
  %41 = zext i32 %40 to i64
  %42 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %41, ptr noundef @.str.8, i32 noundef %42)
  %43 = load i32, ptr @g_98, align 4
  %44 = zext i32 %43 to i64
  %45 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %44, ptr noundef @.str.9, i32 noundef %45)
  %46 = load i32, ptr @g_107, align 4
  %47 = zext i32 %46 to i64
  %48 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %47, ptr noundef @.str.10, i32 noundef %48)
  store i32 0, ptr %6, align 4
  br label %49

49:
  %50 = load i32, ptr %6, align 4
  %51 = icmp slt i32 %50, 8
  br i1 %51, label %52, label %67

52:
  %53 = load i32, ptr %6, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [8 x i64], ptr @g_111, i64 0, i64 %54
  %56 = load i64, ptr %55, align 8
  %57 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %56, ptr noundef @.str.11, i32 noundef %57)
  %58 = load i32, ptr %9, align 4
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %60, label %63

60:
  %61 = load i32, ptr %6, align 4
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %61)
  br label %63

63:
  br label %64

64:
  %65 = load i32, ptr %6, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %6, align 4
  br label %49, !llvm.loop !6

67:
  %68 = load i8, ptr @g_124, align 1
  %69 = zext i8 %68 to i64
  %70 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %69, ptr noundef @.str.13, i32 noundef %70)
  %71 = load i8, ptr @g_146, align 1
  %72 = sext i8 %71 to i64
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %72, ptr noundef @.str.14, i32 noundef %73)
  %74 = load i16, ptr @g_223, align 2
  %75 = sext i16 %74 to i64
  %76 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %75, ptr noundef @.str.15, i32 noundef %76)
  %77 = load i32, ptr @g_228, align 4
  %78 = sext i32 %77 to i64
  %79 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %78, ptr noundef @.str.16, i32 noundef %79)
  store i32 0, ptr %6, align 4
  br label %80

80:
  %81 = load i32, ptr %6, align 4
  %82 = icmp slt i32 %81, 7
  br i1 %82, label %83, label %99

83:
  %84 = load i32, ptr %6, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [7 x i8], ptr @g_278, i64 0, i64 %85
  %87 = load i8, ptr %86, align 1
  %88 = zext i8 %87 to i64
  %89 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %88, ptr noundef @.str.17, i32 noundef %89)
  %90 = load i32, ptr %9, align 4
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %92, label %95

92:
  %93 = load i32, ptr %6, align 4
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %93)
  br label %95

95:
  br label %96

96:
  %97 = load i32, ptr %6, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %6, align 4
  br label %80, !llvm.loop !8

99:
  %100 = load i8, ptr @g_280, align 1
  %101 = zext i8 %100 to i64
  %102 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %101, ptr noundef @.str.18, i32 noundef %102)
  %103 = load i8, ptr @g_281, align 1
  %104 = sext i8 %103 to i64
  %105 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %104, ptr noundef @.str.19, i32 noundef %105)
  %106 = load i32, ptr @g_282, align 4
  %107 = zext i32 %106 to i64
  %108 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %107, ptr noundef @.str.20, i32 noundef %108)
  store i32 0, ptr %6, align 4
  br label %109

109:
  %110 = load i32, ptr %6, align 4
  %111 = icmp slt i32 %110, 6
  br i1 %111, label %112, label %128

112:
  %113 = load i32, ptr %6, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [6 x i32], ptr @g_283, i64 0, i64 %114
  %116 = load i32, ptr %115, align 4
  %117 = sext i32 %116 to i64
  %118 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %117, ptr noundef @.str.21, i32 noundef %118)
  %119 = load i32, ptr %9, align 4
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %121, label %124

121:
  %122 = load i32, ptr %6, align 4
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %122)
  br label %124

124:
  br label %125

125:
  %126 = load i32, ptr %6, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %6, align 4
  br label %109, !llvm.loop !9

128:
  %129 = load volatile i64, ptr @g_293, align 8
  %130 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %129, ptr noundef @.str.22, i32 noundef %130)
  %131 = load volatile i32, ptr @g_298, align 4
  %132 = zext i32 %131 to i64
  %133 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %132, ptr noundef @.str.23, i32 noundef %133)
  %134 = load i32, ptr @g_346, align 4
  %135 = zext i32 %134 to i64
  %136 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %135, ptr noundef @.str.24, i32 noundef %136)
  %137 = load i16, ptr @g_368, align 2
  %138 = zext i16 %137 to i64
  %139 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %138, ptr noundef @.str.25, i32 noundef %139)
  %140 = load i16, ptr @g_369, align 2
  %141 = sext i16 %140 to i64
  %142 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %141, ptr noundef @.str.26, i32 noundef %142)
  %143 = load volatile i64, ptr @g_442, align 8
  %144 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %143, ptr noundef @.str.27, i32 noundef %144)
  %145 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 251, ptr noundef @.str.28, i32 noundef %145)
  %146 = load i32, ptr @g_697, align 4
  %147 = sext i32 %146 to i64
  %148 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %147, ptr noundef @.str.29, i32 noundef %148)
  %149 = load i32, ptr @g_728, align 4
  %150 = sext i32 %149 to i64
  %151 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %150, ptr noundef @.str.30, i32 noundef %151)
  %152 = load i16, ptr @g_729, align 2
  %153 = sext i16 %152 to i64
  %154 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %153, ptr noundef @.str.31, i32 noundef %154)
  %155 = load volatile i16, ptr @g_730, align 2
  %156 = zext i16 %155 to i64
  %157 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.32, i32 noundef %157)
  store i32 0, ptr %6, align 4
  br label %158

158:
  %159 = load i32, ptr %6, align 4
  %160 = icmp slt i32 %159, 4
  br i1 %160, label %161, label %177

161:
  %162 = load i32, ptr %6, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [4 x i32], ptr @g_755, i64 0, i64 %163
  %165 = load i32, ptr %164, align 4
  %166 = sext i32 %165 to i64
  %167 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %166, ptr noundef @.str.33, i32 noundef %167)
  %168 = load i32, ptr %9, align 4
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %170, label %173

170:
  %171 = load i32, ptr %6, align 4
  %172 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %171)
  br label %173

173:
  br label %174

174:
  %175 = load i32, ptr %6, align 4
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %6, align 4
  br label %158, !llvm.loop !10

177:
  %178 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.34, i32 noundef %178)
  store i32 0, ptr %6, align 4
  br label %179

179:
  %180 = load i32, ptr %6, align 4
  %181 = icmp slt i32 %180, 4
  br i1 %181, label %182, label %222

182:
  store i32 0, ptr %7, align 4
  br label %183

183:
  %184 = load i32, ptr %7, align 4
  %185 = icmp slt i32 %184, 10
  br i1 %185, label %186, label %218

186:
  store i32 0, ptr %8, align 4
  br label %187

187:
  %188 = load i32, ptr %8, align 4
  %189 = icmp slt i32 %188, 6
  br i1 %189, label %190, label %214

190:
  %191 = load i32, ptr %6, align 4
  %192 = sext i32 %191 to i64
  %193 = getelementptr inbounds [4 x [10 x [6 x i32]]], ptr @g_779, i64 0, i64 %192
  %194 = load i32, ptr %7, align 4
  %195 = sext i32 %194 to i64
  %196 = getelementptr inbounds [10 x [6 x i32]], ptr %193, i64 0, i64 %195
  %197 = load i32, ptr %8, align 4
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [6 x i32], ptr %196, i64 0, i64 %198
  %200 = load volatile i32, ptr %199, align 4
  %201 = zext i32 %200 to i64
  %202 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %201, ptr noundef @.str.35, i32 noundef %202)
  %203 = load i32, ptr %9, align 4
  %204 = icmp ne i32 %203, 0
  br i1 %204, label %205, label %210

205:
  %206 = load i32, ptr %6, align 4
  %207 = load i32, ptr %7, align 4
  %208 = load i32, ptr %8, align 4
  %209 = call i32 (ptr, ...) @printf(ptr noundef @.str.36, i32 noundef %206, i32 noundef %207, i32 noundef %208)
  br label %210

210:
  br label %211

211:
  %212 = load i32, ptr %8, align 4
  %213 = add nsw i32 %212, 1
  store i32 %213, ptr %8, align 4
  br label %187, !llvm.loop !11

214:
  br label %215

215:
  %216 = load i32, ptr %7, align 4
  %217 = add nsw i32 %216, 1
  store i32 %217, ptr %7, align 4
  br label %183, !llvm.loop !12

218:
  br label %219

219:
  %220 = load i32, ptr %6, align 4
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %6, align 4
  br label %179, !llvm.loop !13

222:
  %223 = load volatile i32, ptr @g_790, align 4
  %224 = zext i32 %223 to i64
  %225 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %224, ptr noundef @.str.37, i32 noundef %225)
  %226 = load i32, ptr @g_860, align 4
  %227 = zext i32 %226 to i64
  %228 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %227, ptr noundef @.str.38, i32 noundef %228)
  %229 = load i32, ptr @g_946, align 4
  %230 = zext i32 %229 to i64
  %231 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %230, ptr noundef @.str.39, i32 noundef %231)
  %232 = load i64, ptr @g_1013, align 8
  %233 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %232, ptr noundef @.str.40, i32 noundef %233)
  store i32 0, ptr %6, align 4
  br label %234

234:
  %235 = load i32, ptr %6, align 4
  %236 = icmp slt i32 %235, 7
  br i1 %236, label %237, label %265

237:
  store i32 0, ptr %7, align 4
  br label %238

238:
  %239 = load i32, ptr %7, align 4
  %240 = icmp slt i32 %239, 9
  br i1 %240, label %241, label %261

241:
  %242 = load i32, ptr %6, align 4
  %243 = sext i32 %242 to i64
  %244 = getelementptr inbounds [7 x [9 x i8]], ptr @g_1080, i64 0, i64 %243
  %245 = load i32, ptr %7, align 4
  %246 = sext i32 %245 to i64
  %247 = getelementptr inbounds [9 x i8], ptr %244, i64 0, i64 %246
  %248 = load i8, ptr %247, align 1
  %249 = sext i8 %248 to i64
  %250 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %249, ptr noundef @.str.41, i32 noundef %250)
  %251 = load i32, ptr %9, align 4
  %252 = icmp ne i32 %251, 0
  br i1 %252, label %253, label %257

253:
  %254 = load i32, ptr %6, align 4
  %255 = load i32, ptr %7, align 4
  %256 = call i32 (ptr, ...) @printf(ptr noundef @.str.42, i32 noundef %254, i32 noundef %255)
  br label %257

257:
  br label %258

258:
  %259 = load i32, ptr %7, align 4
  %260 = add nsw i32 %259, 1
  store i32 %260, ptr %7, align 4
  br label %238, !llvm.loop !14

261:
  br label %262

262:
  %263 = load i32, ptr %6, align 4
  %264 = add nsw i32 %263, 1
  store i32 %264, ptr %6, align 4
  br label %234, !llvm.loop !15

265:
  %266 = load i8, ptr @g_1154, align 1
  %267 = zext i8 %266 to i64
  %268 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %267, ptr noundef @.str.43, i32 noundef %268)
  %269 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 5893567624575000555, ptr noundef @.str.44, i32 noundef %269)
  %270 = load volatile i8, ptr @g_1213, align 1
  %271 = zext i8 %270 to i64
  %272 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %271, ptr noundef @.str.45, i32 noundef %272)
  %273 = load volatile i32, ptr @g_1359, align 4
  %274 = sext i32 %273 to i64
  %275 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %274, ptr noundef @.str.46, i32 noundef %275)
  %276 = load i8, ptr @g_1360, align 1
  %277 = zext i8 %276 to i64
  %278 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.47, i32 noundef %278)
  %279 = load i8, ptr @g_1369, align 1
  %280 = zext i8 %279 to i64
  %281 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %280, ptr noundef @.str.48, i32 noundef %281)
  %282 = load i32, ptr @g_1375, align 4
  %283 = zext i32 %282 to i64
  %284 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.49, i32 noundef %284)
  %285 = load i32, ptr @g_1380, align 4
  %286 = sext i32 %285 to i64
  %287 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %286, ptr noundef @.str.50, i32 noundef %287)
  %288 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.51, i32 noundef %288)
  %289 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 65533, ptr noundef @.str.52, i32 noundef %289)
  store i32 0, ptr %6, align 4
  br label %290

290:
  %291 = load i32, ptr %6, align 4
  %292 = icmp slt i32 %291, 5
  br i1 %292, label %293, label %309

293:
  %294 = load i32, ptr %6, align 4
  %295 = sext i32 %294 to i64
  %296 = getelementptr inbounds [5 x i16], ptr @g_1428, i64 0, i64 %295
  %297 = load i16, ptr %296, align 2
  %298 = zext i16 %297 to i64
  %299 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %298, ptr noundef @.str.53, i32 noundef %299)
  %300 = load i32, ptr %9, align 4
  %301 = icmp ne i32 %300, 0
  br i1 %301, label %302, label %305

302:
  %303 = load i32, ptr %6, align 4
  %304 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %303)
  br label %305

305:
  br label %306

306:
  %307 = load i32, ptr %6, align 4
  %308 = add nsw i32 %307, 1
  store i32 %308, ptr %6, align 4
  br label %290, !llvm.loop !16

309:
  %310 = load i32, ptr @crc32_context, align 4
  %311 = zext i32 %310 to i64
  %312 = xor i64 %311, 4294967295
  %313 = trunc i64 %312 to i32
  %314 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %313, i32 noundef %314)
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
  br label %10, !llvm.loop !17

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
  br label %5, !llvm.loop !18

36:
  ret void
}

define internal i32 @func_1() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca ptr, align 8
  %4 = alloca [6 x ptr], align 16
  %5 = alloca [8 x i8], align 1
  %6 = alloca i32, align 4
  %7 = alloca [10 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i8, align 1
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca [5 x [4 x ptr]], align 16
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca [10 x ptr], align 16
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca i64, align 8
  %23 = alloca i8, align 1
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca ptr, align 8
  %29 = alloca i32, align 4
  %30 = alloca [6 x [10 x [4 x ptr]]], align 16
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca ptr, align 8
  store i8 -12, ptr %2, align 1
  store ptr @g_1369, ptr %3, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %5, ptr align 1 @__const.func_1.l_1373, i64 8, i1 false)
  store i32 1, ptr %6, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 40, i1 false)
  %36 = getelementptr inbounds [10 x i32], ptr %7, i32 0, i32 1
  store i32 -1, ptr %36, align 4
  %37 = getelementptr inbounds [10 x i32], ptr %7, i32 0, i32 4
  store i32 -1, ptr %37, align 16
  %38 = getelementptr inbounds [10 x i32], ptr %7, i32 0, i32 7
  store i32 -1, ptr %38, align 4
  store i32 -2, ptr %8, align 4
  store ptr null, ptr %9, align 8
  store ptr @g_1375, ptr %10, align 8
  store i8 97, ptr %11, align 1
  store ptr @g_48, ptr %12, align 8
  store ptr @g_1423, ptr %13, align 8
  store ptr %13, ptr %14, align 8
  %39 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %13, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %13, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %13, ptr %41, align 8
  %42 = getelementptr inbounds [4 x ptr], ptr %14, i64 1
  store ptr %13, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %13, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %13, ptr %44, align 8
  %45 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %13, ptr %45, align 8
  %46 = getelementptr inbounds [4 x ptr], ptr %14, i64 2
  store ptr %13, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %13, ptr %47, align 8
  %48 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %13, ptr %48, align 8
  %49 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %13, ptr %49, align 8
  %50 = getelementptr inbounds [4 x ptr], ptr %14, i64 3
  store ptr %13, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %13, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %13, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %13, ptr %53, align 8
  %54 = getelementptr inbounds [4 x ptr], ptr %14, i64 4
  store ptr %13, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %13, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %13, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %54, i64 3
  store ptr %13, ptr %57, align 8
  store ptr @g_1425, ptr %15, align 8
  store ptr null, ptr %16, align 8
  store ptr @g_1428, ptr %17, align 8
  store ptr getelementptr inbounds ([8 x i64], ptr @g_111, i64 0, i64 5), ptr %18, align 8
  store ptr %18, ptr %19, align 8
  %58 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %18, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %18, ptr %59, align 8
  %60 = getelementptr inbounds ptr, ptr %19, i64 3
  store ptr %18, ptr %60, align 8
  %61 = getelementptr inbounds ptr, ptr %19, i64 4
  store ptr %18, ptr %61, align 8
  %62 = getelementptr inbounds ptr, ptr %19, i64 5
  store ptr %18, ptr %62, align 8
  %63 = getelementptr inbounds ptr, ptr %19, i64 6
  store ptr %18, ptr %63, align 8
  %64 = getelementptr inbounds ptr, ptr %19, i64 7
  store ptr %18, ptr %64, align 8
  %65 = getelementptr inbounds ptr, ptr %19, i64 8
  store ptr %18, ptr %65, align 8
  %66 = getelementptr inbounds ptr, ptr %19, i64 9
  store ptr %18, ptr %66, align 8
  store ptr @g_940, ptr %20, align 8
  store ptr @g_1380, ptr %21, align 8
  store i64 7880376886595054236, ptr %22, align 8
  store i8 43, ptr %23, align 1
  store ptr @g_98, ptr %24, align 8
  store ptr @g_2, ptr %25, align 8
  store i32 0, ptr @g_2, align 4
  br label %67

67:
  %68 = load i32, ptr @g_2, align 4
  %69 = icmp sgt i32 %68, 6
  br i1 %69, label %70, label %76

70:
  store ptr @g_1375, ptr %28, align 8
  store i32 1059314345, ptr %29, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 16 @__const.func_1.l_1379, i64 1920, i1 false)
  %71 = load i8, ptr %2, align 1
  %72 = sext i8 %71 to i32
  store i32 %72, ptr @g_6, align 4
  br label %73

73:
  %74 = load i32, ptr @g_2, align 4
  %75 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %74, i32 noundef 4)
  store i32 %75, ptr @g_2, align 4
  br label %67, !llvm.loop !19

76:
  %77 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  %78 = load i32, ptr %77, align 8
  %79 = load i64, ptr @g_60, align 8
  %80 = load i32, ptr %8, align 4
  %81 = load ptr, ptr %10, align 8
  %82 = load i32, ptr %81, align 4
  %83 = add i32 %82, -1
  store i32 %83, ptr %81, align 4
  %84 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext -20275, i16 noundef zeroext 8)
  %85 = zext i16 %84 to i32
  %86 = load i8, ptr %2, align 1
  %87 = sext i8 %86 to i32
  %88 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext 23625, i32 noundef 6)
  %89 = trunc i16 %88 to i8
  %90 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %89, i8 noundef zeroext 2)
  %91 = zext i8 %90 to i32
  %92 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %91, i32 noundef -124778064)
  %93 = xor i32 %87, %92
  %94 = trunc i32 %93 to i8
  %95 = load ptr, ptr @g_1221, align 8
  %96 = load i8, ptr %95, align 1
  %97 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %94, i8 noundef zeroext %96)
  %98 = zext i8 %97 to i16
  %99 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  %100 = load i32, ptr %99, align 8
  %101 = trunc i32 %100 to i16
  %102 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %98, i16 noundef zeroext %101)
  %103 = trunc i16 %102 to i8
  %104 = load i8, ptr %11, align 1
  %105 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %103, i8 noundef zeroext %104)
  %106 = zext i8 %105 to i32
  %107 = icmp ne i32 %85, %106
  %108 = zext i1 %107 to i32
  %109 = trunc i32 %108 to i8
  %110 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %109, i8 noundef signext 2)
  %111 = sext i8 %110 to i32
  %112 = icmp eq i32 %83, %111
  %113 = zext i1 %112 to i32
  %114 = icmp ugt i32 %80, %113
  %115 = zext i1 %114 to i32
  %116 = trunc i32 %115 to i16
  %117 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  %118 = load i32, ptr %117, align 8
  %119 = trunc i32 %118 to i16
  %120 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %116, i16 noundef zeroext %119)
  %121 = load i32, ptr %8, align 4
  %122 = load i8, ptr %2, align 1
  %123 = sext i8 %122 to i32
  %124 = icmp uge i32 %121, %123
  br i1 %124, label %130, label %125

125:
  %126 = load ptr, ptr @g_847, align 8
  %127 = load ptr, ptr %126, align 8
  %128 = load i64, ptr %127, align 8
  %129 = icmp ne i64 %128, 0
  br label %130

130:
  %131 = phi i1 [ true, %76 ], [ %129, %125 ]
  %132 = zext i1 %131 to i32
  %133 = sext i32 %132 to i64
  %134 = icmp eq i64 %133, 0
  %135 = zext i1 %134 to i32
  %136 = sext i32 %135 to i64
  %137 = load ptr, ptr @g_292, align 8
  %138 = load volatile i64, ptr %137, align 8
  %139 = and i64 %136, %138
  %140 = trunc i64 %139 to i8
  %141 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %140, i32 noundef 5)
  %142 = sext i8 %141 to i64
  %143 = icmp ne i64 %79, %142
  %144 = zext i1 %143 to i32
  %145 = xor i32 %78, %144
  %146 = load i8, ptr %11, align 1
  %147 = sext i8 %146 to i32
  %148 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef %145, i32 noundef %147)
  %149 = trunc i32 %148 to i8
  %150 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %149, i8 noundef zeroext -28)
  %151 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 2
  %152 = load volatile ptr, ptr @g_1411, align 8
  store ptr %151, ptr %152, align 8
  %153 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  %154 = load i32, ptr %153, align 8
  %155 = load i32, ptr %8, align 4
  %156 = load ptr, ptr %12, align 8
  %157 = load ptr, ptr %12, align 8
  store ptr %157, ptr %15, align 8
  store ptr %157, ptr %16, align 8
  store ptr %157, ptr %17, align 8
  %158 = icmp eq ptr %156, %157
  %159 = zext i1 %158 to i32
  %160 = sext i32 %159 to i64
  %161 = load ptr, ptr @g_754, align 8
  %162 = load i32, ptr %161, align 4
  %163 = load ptr, ptr @g_754, align 8
  %164 = load i32, ptr %163, align 4
  %165 = icmp sle i32 %162, %164
  %166 = zext i1 %165 to i32
  %167 = getelementptr inbounds [8 x i8], ptr %5, i64 0, i64 1
  %168 = load i8, ptr %167, align 1
  %169 = zext i8 %168 to i64
  %170 = getelementptr inbounds [10 x ptr], ptr %19, i64 0, i64 4
  %171 = load ptr, ptr %170, align 16
  %172 = load ptr, ptr %20, align 8
  store ptr %171, ptr %172, align 8
  %173 = icmp ne ptr %171, null
  %174 = zext i1 %173 to i32
  %175 = sext i32 %174 to i64
  %176 = icmp ugt i64 %175, 1
  %177 = zext i1 %176 to i32
  %178 = xor i32 %177, -1
  %179 = trunc i32 %178 to i16
  %180 = load i8, ptr %2, align 1
  %181 = sext i8 %180 to i32
  %182 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %179, i32 noundef %181)
  %183 = zext i16 %182 to i32
  %184 = load ptr, ptr %21, align 8
  store i32 %183, ptr %184, align 4
  %185 = sext i32 %183 to i64
  %186 = icmp slt i64 1193394455, %185
  %187 = zext i1 %186 to i32
  %188 = sext i32 %187 to i64
  %189 = icmp slt i64 %188, 62895
  %190 = zext i1 %189 to i32
  %191 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @g_111, i64 0, i64 3), align 8
  %192 = trunc i64 %191 to i8
  %193 = call zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %192, i32 noundef 7)
  %194 = zext i8 %193 to i32
  %195 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  %196 = load i32, ptr %195, align 8
  %197 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %194, i32 noundef %196)
  %198 = load ptr, ptr @g_1221, align 8
  %199 = load i8, ptr %198, align 1
  %200 = sext i8 %199 to i32
  %201 = xor i32 %200, %197
  %202 = trunc i32 %201 to i8
  store i8 %202, ptr %198, align 1
  %203 = load i16, ptr @g_368, align 2
  %204 = trunc i16 %203 to i8
  %205 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %202, i8 noundef signext %204)
  %206 = sext i8 %205 to i32
  %207 = icmp ne i32 %206, 0
  br i1 %207, label %209, label %208

208:
  br label %209

209:
  %210 = phi i1 [ true, %130 ], [ true, %208 ]
  %211 = zext i1 %210 to i32
  %212 = sext i32 %211 to i64
  %213 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %169, i64 noundef %212)
  %214 = icmp ne i64 %213, 0
  br i1 %214, label %219, label %215

215:
  %216 = load ptr, ptr %21, align 8
  %217 = load i32, ptr %216, align 4
  %218 = icmp ne i32 %217, 0
  br label %219

219:
  %220 = phi i1 [ true, %209 ], [ %218, %215 ]
  %221 = zext i1 %220 to i32
  %222 = trunc i32 %221 to i16
  %223 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 2
  %224 = load i32, ptr %223, align 8
  %225 = trunc i32 %224 to i16
  %226 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %222, i16 noundef zeroext %225)
  %227 = zext i16 %226 to i32
  %228 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 3
  %229 = load i32, ptr %228, align 4
  %230 = icmp sgt i32 %227, %229
  %231 = zext i1 %230 to i32
  %232 = trunc i32 %231 to i8
  %233 = load i8, ptr @g_1154, align 1
  %234 = zext i8 %233 to i32
  %235 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %232, i32 noundef %234)
  %236 = sext i8 %235 to i32
  %237 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  %238 = load i32, ptr %237, align 8
  %239 = or i32 %236, %238
  %240 = trunc i32 %239 to i16
  %241 = load i64, ptr %22, align 8
  %242 = trunc i64 %241 to i16
  %243 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %240, i16 noundef zeroext %242)
  %244 = zext i16 %243 to i64
  %245 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef %244)
  %246 = icmp eq i64 %160, %245
  %247 = zext i1 %246 to i32
  %248 = trunc i32 %247 to i8
  %249 = load ptr, ptr %3, align 8
  store i8 %248, ptr %249, align 1
  %250 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %248, i32 noundef 7)
  store i8 %250, ptr @g_124, align 1
  %251 = zext i8 %250 to i64
  %252 = xor i64 %251, 2
  %253 = load ptr, ptr %21, align 8
  %254 = load i32, ptr %253, align 4
  %255 = trunc i32 %254 to i16
  %256 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %255, i16 noundef signext -11421)
  %257 = sext i16 %256 to i32
  %258 = load i8, ptr %23, align 1
  %259 = sext i8 %258 to i32
  %260 = xor i32 %257, %259
  %261 = sext i32 %260 to i64
  %262 = xor i64 %261, 3699371697
  %263 = load i32, ptr getelementptr inbounds ([4 x i32], ptr @g_755, i64 0, i64 2), align 8
  %264 = sext i32 %263 to i64
  %265 = icmp ne i64 %262, %264
  %266 = zext i1 %265 to i32
  %267 = icmp sge i32 %154, %266
  %268 = zext i1 %267 to i32
  %269 = load ptr, ptr %10, align 8
  store i32 %268, ptr %269, align 4
  %270 = load ptr, ptr %24, align 8
  store i32 %268, ptr %270, align 4
  br i1 %267, label %271, label %273

271:
  store i32 -1975563262, ptr %34, align 4
  %272 = load i32, ptr %34, align 4
  store i32 %272, ptr %1, align 4
  br label %281

273:
  store ptr @g_71, ptr %35, align 8
  %274 = load volatile ptr, ptr @g_1264, align 8
  %275 = load ptr, ptr %274, align 8
  %276 = load ptr, ptr %35, align 8
  store ptr %275, ptr %276, align 8
  br label %277

277:
  %278 = getelementptr inbounds [10 x i32], ptr %7, i64 0, i64 6
  store ptr %278, ptr %25, align 8
  %279 = load ptr, ptr %21, align 8
  %280 = load i32, ptr %279, align 4
  store i32 %280, ptr %1, align 4
  br label %281

281:
  %282 = load i32, ptr %1, align 4
  ret i32 %282
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.54, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.55, i32 noundef %5)
  ret void
}

declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

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

define internal i64 @safe_unary_minus_func_int64_t_s(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp eq i64 %3, -9223372036854775808
  br i1 %4, label %5, label %7

5:
  %6 = load i64, ptr %2, align 8
  br label %10

7:
  %8 = load i64, ptr %2, align 8
  %9 = sub nsw i64 0, %8
  br label %10

10:
  %11 = phi i64 [ %6, %5 ], [ %9, %7 ]
  ret i64 %11
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

define internal zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 255, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:
  %17 = load i8, ptr %3, align 1
  %18 = zext i8 %17 to i32
  br label %24

19:
  %20 = load i8, ptr %3, align 1
  %21 = zext i8 %20 to i32
  %22 = load i32, ptr %4, align 4
  %23 = shl i32 %21, %22
  br label %24

24:
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i8
  ret i8 %26
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
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
