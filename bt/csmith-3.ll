source_filename = "csmith-3.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.U1 = type { i32 }
%union.U0 = type { i32 }
%union.U2 = type { ptr }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global [2 x i64] [i64 7204045419352888441, i64 7204045419352888441], align 16
@.str.1 = private unnamed_addr constant [7 x i8] c"g_2[i]\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_4 = internal global i8 -114, align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"g_4\00", align 1
@g_48 = internal global i8 107, align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"g_48\00", align 1
@g_52 = internal global i32 -75675805, align 4
@.str.5 = private unnamed_addr constant [5 x i8] c"g_52\00", align 1
@g_56 = internal global [2 x i32] [i32 -725606905, i32 -725606905], align 4
@.str.6 = private unnamed_addr constant [8 x i8] c"g_56[i]\00", align 1
@g_74 = internal global i64 3, align 8
@.str.7 = private unnamed_addr constant [5 x i8] c"g_74\00", align 1
@g_78 = internal global i16 8606, align 2
@.str.8 = private unnamed_addr constant [5 x i8] c"g_78\00", align 1
@g_81 = internal global i64 5159374860869906501, align 8
@.str.9 = private unnamed_addr constant [5 x i8] c"g_81\00", align 1
@g_82 = internal global i32 -1, align 4
@.str.10 = private unnamed_addr constant [5 x i8] c"g_82\00", align 1
@g_90 = internal global i16 13400, align 2
@.str.11 = private unnamed_addr constant [5 x i8] c"g_90\00", align 1
@g_116 = internal global i32 -1, align 4
@.str.12 = private unnamed_addr constant [6 x i8] c"g_116\00", align 1
@g_135 = internal global i32 -10, align 4
@.str.13 = private unnamed_addr constant [6 x i8] c"g_135\00", align 1
@g_137 = internal global i8 -1, align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"g_137\00", align 1
@g_138 = internal global i32 1584937979, align 4
@.str.15 = private unnamed_addr constant [6 x i8] c"g_138\00", align 1
@g_163 = internal global i8 56, align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"g_163\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"g_177.f0\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"g_178.f0\00", align 1
@g_188 = internal constant [6 x i8] c"\FF\FF\FF\FF\FF\FF", align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"g_188[i]\00", align 1
@g_238 = internal global %union.U1 { i32 -254194906 }, align 4
@.str.20 = private unnamed_addr constant [9 x i8] c"g_238.f0\00", align 1
@.str.21 = private unnamed_addr constant [9 x i8] c"g_238.f1\00", align 1
@.str.22 = private unnamed_addr constant [9 x i8] c"g_238.f2\00", align 1
@.str.23 = private unnamed_addr constant [9 x i8] c"g_238.f3\00", align 1
@g_270 = internal global i64 0, align 8
@.str.24 = private unnamed_addr constant [6 x i8] c"g_270\00", align 1
@g_271 = internal global i64 3, align 8
@.str.25 = private unnamed_addr constant [6 x i8] c"g_271\00", align 1
@g_272 = internal global i16 22205, align 2
@.str.26 = private unnamed_addr constant [6 x i8] c"g_272\00", align 1
@g_314 = internal global i32 1, align 4
@.str.27 = private unnamed_addr constant [6 x i8] c"g_314\00", align 1
@g_325 = internal global %union.U0 { i32 -1 }, align 4
@.str.28 = private unnamed_addr constant [9 x i8] c"g_325.f0\00", align 1
@g_379 = internal global i32 1264527660, align 4
@.str.29 = private unnamed_addr constant [6 x i8] c"g_379\00", align 1
@g_381 = internal global i32 1, align 4
@.str.30 = private unnamed_addr constant [6 x i8] c"g_381\00", align 1
@.str.31 = private unnamed_addr constant [9 x i8] c"g_438.f0\00", align 1
@g_458 = internal global i8 -33, align 1
@.str.32 = private unnamed_addr constant [6 x i8] c"g_458\00", align 1
@g_470 = internal global i64 -1, align 8
@.str.33 = private unnamed_addr constant [6 x i8] c"g_470\00", align 1
@.str.34 = private unnamed_addr constant [12 x i8] c"g_491[i].f0\00", align 1
@.str.35 = private unnamed_addr constant [6 x i8] c"g_512\00", align 1
@.str.36 = private unnamed_addr constant [6 x i8] c"g_515\00", align 1
@.str.37 = private unnamed_addr constant [9 x i8] c"g_661.f0\00", align 1
@g_726 = internal global i32 -642511210, align 4
@.str.38 = private unnamed_addr constant [6 x i8] c"g_726\00", align 1
@g_729 = internal global [6 x i32] [i32 -365958205, i32 -365958205, i32 -365958205, i32 -365958205, i32 -365958205, i32 -365958205], align 16
@.str.39 = private unnamed_addr constant [9 x i8] c"g_729[i]\00", align 1
@g_806 = internal global [7 x [6 x [6 x i32]]] [[6 x [6 x i32]] [[6 x i32] [i32 1875786897, i32 1, i32 -1719653300, i32 655361342, i32 -1099790404, i32 586353048], [6 x i32] [i32 5, i32 -332679531, i32 -1, i32 586353048, i32 1, i32 673925146], [6 x i32] [i32 -447810375, i32 -651196922, i32 -968708359, i32 5, i32 5, i32 -968708359], [6 x i32] [i32 586353048, i32 586353048, i32 -849381997, i32 -5, i32 1875786897, i32 -651196922], [6 x i32] [i32 -1099790404, i32 -968708359, i32 303036254, i32 1214378300, i32 1956865557, i32 -849381997], [6 x i32] [i32 -1614044550, i32 -1099790404, i32 303036254, i32 6, i32 586353048, i32 -651196922]], [6 x [6 x i32]] [[6 x i32] [i32 655361342, i32 6, i32 -849381997, i32 303036254, i32 673925146, i32 -968708359], [6 x i32] [i32 303036254, i32 673925146, i32 -968708359, i32 -1, i32 -968708359, i32 673925146], [6 x i32] [i32 -1, i32 1214378300, i32 -1, i32 -9, i32 -651196922, i32 586353048], [6 x i32] [i32 -651196922, i32 -1614044550, i32 -1719653300, i32 -332679531, i32 -849381997, i32 1956865557], [6 x i32] [i32 5, i32 -1614044550, i32 -9, i32 5, i32 -651196922, i32 1875786897], [6 x i32] [i32 -1, i32 1214378300, i32 -447810375, i32 -651196922, i32 -968708359, i32 5]], [6 x [6 x i32]] [[6 x i32] [i32 1, i32 673925146, i32 1956865557, i32 1956865557, i32 673925146, i32 1], [6 x i32] [i32 677244551, i32 6, i32 -1, i32 1, i32 586353048, i32 -1099790404], [6 x i32] [i32 -849381997, i32 -1099790404, i32 -651196922, i32 0, i32 1956865557, i32 -1], [6 x i32] [i32 -849381997, i32 -968708359, i32 0, i32 1, i32 1875786897, i32 1214378300], [6 x i32] [i32 677244551, i32 586353048, i32 655361342, i32 1956865557, i32 5, i32 -9], [6 x i32] [i32 1, i32 -651196922, i32 673925146, i32 -651196922, i32 1, i32 3]], [6 x [6 x i32]] [[6 x i32] [i32 -1, i32 -332679531, i32 1, i32 5, i32 -1099790404, i32 1], [6 x i32] [i32 5, i32 1, i32 1214378300, i32 -332679531, i32 -1, i32 1], [6 x i32] [i32 -651196922, i32 -5, i32 1, i32 -9, i32 1214378300, i32 3], [6 x i32] [i32 -1, i32 0, i32 673925146, i32 -1, i32 -9, i32 -9], [6 x i32] [i32 303036254, i32 655361342, i32 655361342, i32 303036254, i32 3, i32 1214378300], [6 x i32] [i32 655361342, i32 -447810375, i32 0, i32 6, i32 1, i32 -1]], [6 x [6 x i32]] [[6 x i32] [i32 -1614044550, i32 -1, i32 -651196922, i32 1214378300, i32 1, i32 -1099790404], [6 x i32] [i32 -1099790404, i32 -447810375, i32 -1, i32 -5, i32 3, i32 1], [6 x i32] [i32 586353048, i32 655361342, i32 1956865557, i32 5, i32 -9, i32 5], [6 x i32] [i32 -447810375, i32 0, i32 -447810375, i32 586353048, i32 1214378300, i32 1875786897], [6 x i32] [i32 5, i32 -5, i32 -9, i32 655361342, i32 -1, i32 1956865557], [6 x i32] [i32 1875786897, i32 -1, i32 3, i32 5, i32 -849381997, i32 1]], [6 x [6 x i32]] [[6 x i32] [i32 655361342, i32 -1099790404, i32 586353048, i32 1, i32 -1, i32 6], [6 x i32] [i32 -332679531, i32 1875786897, i32 -1, i32 -5, i32 -5, i32 -1], [6 x i32] [i32 1, i32 1, i32 1, i32 -1614044550, i32 -1, i32 1875786897], [6 x i32] [i32 -849381997, i32 -1, i32 -968708359, i32 -447810375, i32 677244551, i32 1], [6 x i32] [i32 673925146, i32 -849381997, i32 -968708359, i32 0, i32 1, i32 1875786897], [6 x i32] [i32 5, i32 0, i32 1, i32 -968708359, i32 6, i32 -1]], [6 x [6 x i32]] [[6 x i32] [i32 -968708359, i32 6, i32 -1, i32 -1719653300, i32 -1, i32 6], [6 x i32] [i32 0, i32 -447810375, i32 586353048, i32 1214378300, i32 1875786897, i32 1], [6 x i32] [i32 1875786897, i32 673925146, i32 3, i32 -1099790404, i32 1, i32 677244551], [6 x i32] [i32 -5, i32 673925146, i32 1214378300, i32 655361342, i32 1875786897, i32 -1], [6 x i32] [i32 -1719653300, i32 -447810375, i32 -332679531, i32 1875786897, i32 -1, i32 -5], [6 x i32] [i32 -1, i32 6, i32 677244551, i32 677244551, i32 6, i32 -1]]], align 16
@.str.40 = private unnamed_addr constant [15 x i8] c"g_806[i][j][k]\00", align 1
@.str.41 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@.str.42 = private unnamed_addr constant [9 x i8] c"g_813.f0\00", align 1
@g_893 = internal global [10 x %union.U1] [%union.U1 { i32 -8 }, %union.U1 { i32 -8 }, %union.U1 { i32 -1 }, %union.U1 { i32 -785413828 }, %union.U1 { i32 -1 }, %union.U1 { i32 -8 }, %union.U1 { i32 -8 }, %union.U1 { i32 -1 }, %union.U1 { i32 -785413828 }, %union.U1 { i32 -1 }], align 16
@.str.43 = private unnamed_addr constant [12 x i8] c"g_893[i].f0\00", align 1
@.str.44 = private unnamed_addr constant [12 x i8] c"g_893[i].f1\00", align 1
@.str.45 = private unnamed_addr constant [12 x i8] c"g_893[i].f2\00", align 1
@.str.46 = private unnamed_addr constant [12 x i8] c"g_893[i].f3\00", align 1
@.str.47 = private unnamed_addr constant [9 x i8] c"g_988.f0\00", align 1
@.str.48 = private unnamed_addr constant [9 x i8] c"g_989.f0\00", align 1
@g_1006 = internal global [5 x [5 x [4 x i8]]] [[5 x [4 x i8]] [[4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00"], [5 x [4 x i8]] [[4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00"], [5 x [4 x i8]] [[4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00"], [5 x [4 x i8]] [[4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00"], [5 x [4 x i8]] [[4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00", [4 x i8] c"\BC\BC\00\00"]], align 16
@.str.49 = private unnamed_addr constant [16 x i8] c"g_1006[i][j][k]\00", align 1
@g_1059 = internal global i64 1, align 8
@.str.50 = private unnamed_addr constant [7 x i8] c"g_1059\00", align 1
@.str.51 = private unnamed_addr constant [10 x i8] c"g_1104.f0\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_3 = private unnamed_addr constant [5 x i16] [i16 -32306, i16 -32306, i16 -32306, i16 -32306, i16 -32306], align 2
@__const.func_1.l_32 = private unnamed_addr constant %union.U0 { i32 5534983 }, align 4
@__const.func_1.l_766 = private unnamed_addr constant [5 x [8 x [1 x i32]]] [[8 x [1 x i32]] [[1 x i32] zeroinitializer, [1 x i32] zeroinitializer, [1 x i32] [i32 521901092], [1 x i32] [i32 -1383196001], [1 x i32] [i32 430297449], [1 x i32] [i32 521901092], [1 x i32] [i32 430297449], [1 x i32] [i32 -1383196001]], [8 x [1 x i32]] [[1 x i32] [i32 521901092], [1 x i32] zeroinitializer, [1 x i32] zeroinitializer, [1 x i32] [i32 521901092], [1 x i32] [i32 -1383196001], [1 x i32] [i32 430297449], [1 x i32] [i32 521901092], [1 x i32] [i32 430297449]], [8 x [1 x i32]] [[1 x i32] [i32 -1383196001], [1 x i32] [i32 521901092], [1 x i32] zeroinitializer, [1 x i32] zeroinitializer, [1 x i32] [i32 521901092], [1 x i32] [i32 -1383196001], [1 x i32] [i32 430297449], [1 x i32] [i32 521901092]], [8 x [1 x i32]] [[1 x i32] [i32 430297449], [1 x i32] [i32 -1383196001], [1 x i32] [i32 521901092], [1 x i32] zeroinitializer, [1 x i32] zeroinitializer, [1 x i32] [i32 521901092], [1 x i32] [i32 -1383196001], [1 x i32] [i32 430297449]], [8 x [1 x i32]] [[1 x i32] [i32 521901092], [1 x i32] [i32 430297449], [1 x i32] [i32 -1383196001], [1 x i32] [i32 521901092], [1 x i32] zeroinitializer, [1 x i32] zeroinitializer, [1 x i32] [i32 521901092], [1 x i32] [i32 -1383196001]]], align 16
@__const.func_1.l_914 = private unnamed_addr constant %union.U1 { i32 1874341661 }, align 4
@.str.52 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_177 = internal global { i8, [7 x i8] } { i8 -1, [7 x i8] zeroinitializer }, align 8
@g_178 = internal global { i8, [7 x i8] } zeroinitializer, align 8
@g_438 = internal global { i8, [7 x i8] } { i8 -104, [7 x i8] zeroinitializer }, align 8
@g_491 = internal global [5 x { i8, [7 x i8] }] [{ i8, [7 x i8] } { i8 4, [7 x i8] zeroinitializer }, { i8, [7 x i8] } { i8 4, [7 x i8] zeroinitializer }, { i8, [7 x i8] } { i8 4, [7 x i8] zeroinitializer }, { i8, [7 x i8] } { i8 4, [7 x i8] zeroinitializer }, { i8, [7 x i8] } { i8 4, [7 x i8] zeroinitializer }], align 16
@g_661 = internal global { i8, [7 x i8] } zeroinitializer, align 8
@g_813 = internal global { i8, [7 x i8] } { i8 -38, [7 x i8] zeroinitializer }, align 8
@g_988 = internal global { i8, [7 x i8] } zeroinitializer, align 8
@g_989 = internal global { i8, [7 x i8] } { i8 -1, [7 x i8] zeroinitializer }, align 8
@g_1104 = internal global { i8, [7 x i8] } { i8 -2, [7 x i8] zeroinitializer }, align 8
@.str.62 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  store i32 0, ptr %6, align 4
  br label %21

21:
  %22 = load i32, ptr %6, align 4
  %23 = icmp slt i32 %22, 2
  br i1 %23, label %24, label %39

24:
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [2 x i64], ptr @g_2, i64 0, i64 %26
  %28 = load i64, ptr %27, align 8
  %29 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.1, i32 noundef %29)
  %30 = load i32, ptr %9, align 4
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %35

32:
  %33 = load i32, ptr %6, align 4
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %33)
  br label %35

35:
  br label %36

36:
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4
  br label %21, !llvm.loop !6

39:
  %40 = load i8, ptr @g_4, align 1
  %41 = zext i8 %40 to i64
  %42 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %41, ptr noundef @.str.3, i32 noundef %42)
  %43 = load i8, ptr @g_48, align 1
  %44 = sext i8 %43 to i64
  %45 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %44, ptr noundef @.str.4, i32 noundef %45)
  %46 = load i32, ptr @g_52, align 4
  %47 = sext i32 %46 to i64
  %48 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %47, ptr noundef @.str.5, i32 noundef %48)
  store i32 0, ptr %6, align 4
  br label %49

49:
  %50 = load i32, ptr %6, align 4
  %51 = icmp slt i32 %50, 2
  br i1 %51, label %52, label %68

52:
  %53 = load i32, ptr %6, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [2 x i32], ptr @g_56, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4
  %57 = sext i32 %56 to i64
  %58 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %57, ptr noundef @.str.6, i32 noundef %58)
  %59 = load i32, ptr %9, align 4
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %61, label %64

61:
  %62 = load i32, ptr %6, align 4
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %62)
  br label %64

64:
  br label %65

65:
  %66 = load i32, ptr %6, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %6, align 4
  br label %49, !llvm.loop !8

68:
  %69 = load i64, ptr @g_74, align 8
  %70 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %69, ptr noundef @.str.7, i32 noundef %70)
  %71 = load i16, ptr @g_78, align 2
  %72 = sext i16 %71 to i64
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %72, ptr noundef @.str.8, i32 noundef %73)
  %74 = load i64, ptr @g_81, align 8
  %75 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %74, ptr noundef @.str.9, i32 noundef %75)
  %76 = load i32, ptr @g_82, align 4
  %77 = sext i32 %76 to i64
  %78 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %77, ptr noundef @.str.10, i32 noundef %78)
  %79 = load i16, ptr @g_90, align 2
  %80 = zext i16 %79 to i64
  %81 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %80, ptr noundef @.str.11, i32 noundef %81)
  %82 = load i32, ptr @g_116, align 4
  %83 = sext i32 %82 to i64
  %84 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %83, ptr noundef @.str.12, i32 noundef %84)
  %85 = load i32, ptr @g_135, align 4
  %86 = sext i32 %85 to i64
  %87 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %86, ptr noundef @.str.13, i32 noundef %87)
  %88 = load i8, ptr @g_137, align 1
  %89 = sext i8 %88 to i64
  %90 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %89, ptr noundef @.str.14, i32 noundef %90)
  %91 = load i32, ptr @g_138, align 4
  %92 = zext i32 %91 to i64
  %93 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %92, ptr noundef @.str.15, i32 noundef %93)
  %94 = load i8, ptr @g_163, align 1
  %95 = sext i8 %94 to i64
  %96 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %95, ptr noundef @.str.16, i32 noundef %96)
  %97 = load volatile i8, ptr @g_177, align 8
  %98 = sext i8 %97 to i64
  %99 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %98, ptr noundef @.str.17, i32 noundef %99)
  %100 = load i8, ptr @g_178, align 8
  %101 = sext i8 %100 to i64
  %102 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %101, ptr noundef @.str.18, i32 noundef %102)
  store i32 0, ptr %6, align 4
  br label %103

103:
  %104 = load i32, ptr %6, align 4
  %105 = icmp slt i32 %104, 6
  br i1 %105, label %106, label %122

106:
  %107 = load i32, ptr %6, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [6 x i8], ptr @g_188, i64 0, i64 %108
  %110 = load i8, ptr %109, align 1
  %111 = sext i8 %110 to i64
  %112 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %111, ptr noundef @.str.19, i32 noundef %112)
  %113 = load i32, ptr %9, align 4
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %115, label %118

115:
  %116 = load i32, ptr %6, align 4
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %116)
  br label %118

118:
  br label %119

119:
  %120 = load i32, ptr %6, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %6, align 4
  br label %103, !llvm.loop !9

122:
  %123 = load i32, ptr @g_238, align 4
  %124 = zext i32 %123 to i64
  %125 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %124, ptr noundef @.str.20, i32 noundef %125)
  %126 = load i16, ptr @g_238, align 4
  %127 = and i16 %126, 16383
  %128 = zext i16 %127 to i32
  %129 = zext i32 %128 to i64
  %130 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %129, ptr noundef @.str.21, i32 noundef %130)
  %131 = load i16, ptr @g_238, align 4
  %132 = and i16 %131, 16383
  %133 = zext i16 %132 to i32
  %134 = zext i32 %133 to i64
  %135 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %134, ptr noundef @.str.22, i32 noundef %135)
  %136 = load i32, ptr @g_238, align 4
  %137 = sext i32 %136 to i64
  %138 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %137, ptr noundef @.str.23, i32 noundef %138)
  %139 = load i64, ptr @g_270, align 8
  %140 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %139, ptr noundef @.str.24, i32 noundef %140)
  %141 = load i64, ptr @g_271, align 8
  %142 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %141, ptr noundef @.str.25, i32 noundef %142)
  %143 = load i16, ptr @g_272, align 2
  %144 = zext i16 %143 to i64
  %145 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %144, ptr noundef @.str.26, i32 noundef %145)
  %146 = load i32, ptr @g_314, align 4
  %147 = sext i32 %146 to i64
  %148 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %147, ptr noundef @.str.27, i32 noundef %148)
  %149 = load i32, ptr @g_325, align 4
  %150 = zext i32 %149 to i64
  %151 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %150, ptr noundef @.str.28, i32 noundef %151)
  %152 = load i32, ptr @g_379, align 4
  %153 = zext i32 %152 to i64
  %154 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %153, ptr noundef @.str.29, i32 noundef %154)
  %155 = load i32, ptr @g_381, align 4
  %156 = zext i32 %155 to i64
  %157 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.30, i32 noundef %157)
  %158 = load volatile i8, ptr @g_438, align 8
  %159 = sext i8 %158 to i64
  %160 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %159, ptr noundef @.str.31, i32 noundef %160)
  %161 = load i8, ptr @g_458, align 1
  %162 = zext i8 %161 to i64
  %163 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %162, ptr noundef @.str.32, i32 noundef %163)
  %164 = load i64, ptr @g_470, align 8
  %165 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %164, ptr noundef @.str.33, i32 noundef %165)
  store i32 0, ptr %6, align 4
  br label %166

166:
  %167 = load i32, ptr %6, align 4
  %168 = icmp slt i32 %167, 5
  br i1 %168, label %169, label %185

169:
  %170 = load i32, ptr %6, align 4
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds [5 x %union.U2], ptr @g_491, i64 0, i64 %171
  %173 = load i8, ptr %172, align 8
  %174 = sext i8 %173 to i64
  %175 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %174, ptr noundef @.str.34, i32 noundef %175)
  %176 = load i32, ptr %9, align 4
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %178, label %181

178:
  %179 = load i32, ptr %6, align 4
  %180 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %179)
  br label %181

181:
  br label %182

182:
  %183 = load i32, ptr %6, align 4
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %6, align 4
  br label %166, !llvm.loop !10

185:
  %186 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -4268271187622820533, ptr noundef @.str.35, i32 noundef %186)
  %187 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -9168442094827327096, ptr noundef @.str.36, i32 noundef %187)
  %188 = load i8, ptr @g_661, align 8
  %189 = sext i8 %188 to i64
  %190 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %189, ptr noundef @.str.37, i32 noundef %190)
  %191 = load i32, ptr @g_726, align 4
  %192 = sext i32 %191 to i64
  %193 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %192, ptr noundef @.str.38, i32 noundef %193)
  store i32 0, ptr %6, align 4
  br label %194

194:
  %195 = load i32, ptr %6, align 4
  %196 = icmp slt i32 %195, 6
  br i1 %196, label %197, label %213

197:
  %198 = load i32, ptr %6, align 4
  %199 = sext i32 %198 to i64
  %200 = getelementptr inbounds [6 x i32], ptr @g_729, i64 0, i64 %199
  %201 = load volatile i32, ptr %200, align 4
  %202 = zext i32 %201 to i64
  %203 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %202, ptr noundef @.str.39, i32 noundef %203)
  %204 = load i32, ptr %9, align 4
  %205 = icmp ne i32 %204, 0
  br i1 %205, label %206, label %209

206:
  %207 = load i32, ptr %6, align 4
  %208 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %207)
  br label %209

209:
  br label %210

210:
  %211 = load i32, ptr %6, align 4
  %212 = add nsw i32 %211, 1
  store i32 %212, ptr %6, align 4
  br label %194, !llvm.loop !11

213:
  store i32 0, ptr %6, align 4
  br label %214

214:
  %215 = load i32, ptr %6, align 4
  %216 = icmp slt i32 %215, 7
  br i1 %216, label %217, label %257

217:
  store i32 0, ptr %7, align 4
  br label %218

218:
  %219 = load i32, ptr %7, align 4
  %220 = icmp slt i32 %219, 6
  br i1 %220, label %221, label %253

221:
  store i32 0, ptr %8, align 4
  br label %222

222:
  %223 = load i32, ptr %8, align 4
  %224 = icmp slt i32 %223, 6
  br i1 %224, label %225, label %249

225:
  %226 = load i32, ptr %6, align 4
  %227 = sext i32 %226 to i64
  %228 = getelementptr inbounds [7 x [6 x [6 x i32]]], ptr @g_806, i64 0, i64 %227
  %229 = load i32, ptr %7, align 4
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds [6 x [6 x i32]], ptr %228, i64 0, i64 %230
  %232 = load i32, ptr %8, align 4
  %233 = sext i32 %232 to i64
  %234 = getelementptr inbounds [6 x i32], ptr %231, i64 0, i64 %233
  %235 = load i32, ptr %234, align 4
  %236 = sext i32 %235 to i64
  %237 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %236, ptr noundef @.str.40, i32 noundef %237)
  %238 = load i32, ptr %9, align 4
  %239 = icmp ne i32 %238, 0
  br i1 %239, label %240, label %245

240:
  %241 = load i32, ptr %6, align 4
  %242 = load i32, ptr %7, align 4
  %243 = load i32, ptr %8, align 4
  %244 = call i32 (ptr, ...) @printf(ptr noundef @.str.41, i32 noundef %241, i32 noundef %242, i32 noundef %243)
  br label %245

245:
  br label %246

246:
  %247 = load i32, ptr %8, align 4
  %248 = add nsw i32 %247, 1
  store i32 %248, ptr %8, align 4
  br label %222, !llvm.loop !12

249:
  br label %250

250:
  %251 = load i32, ptr %7, align 4
  %252 = add nsw i32 %251, 1
  store i32 %252, ptr %7, align 4
  br label %218, !llvm.loop !13

253:
  br label %254

254:
  %255 = load i32, ptr %6, align 4
  %256 = add nsw i32 %255, 1
  store i32 %256, ptr %6, align 4
  br label %214, !llvm.loop !14

257:
  %258 = load i8, ptr @g_813, align 8
  %259 = sext i8 %258 to i64
  %260 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %259, ptr noundef @.str.42, i32 noundef %260)
  store i32 0, ptr %6, align 4
  br label %261

261:
  %262 = load i32, ptr %6, align 4
  %263 = icmp slt i32 %262, 10
  br i1 %263, label %264, label %302

264:
  %265 = load i32, ptr %6, align 4
  %266 = sext i32 %265 to i64
  %267 = getelementptr inbounds [10 x %union.U1], ptr @g_893, i64 0, i64 %266
  %268 = load i32, ptr %267, align 4
  %269 = zext i32 %268 to i64
  %270 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %269, ptr noundef @.str.43, i32 noundef %270)
  %271 = load i32, ptr %6, align 4
  %272 = sext i32 %271 to i64
  %273 = getelementptr inbounds [10 x %union.U1], ptr @g_893, i64 0, i64 %272
  %274 = load i16, ptr %273, align 4
  %275 = and i16 %274, 16383
  %276 = zext i16 %275 to i32
  %277 = zext i32 %276 to i64
  %278 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.44, i32 noundef %278)
  %279 = load i32, ptr %6, align 4
  %280 = sext i32 %279 to i64
  %281 = getelementptr inbounds [10 x %union.U1], ptr @g_893, i64 0, i64 %280
  %282 = load i16, ptr %281, align 4
  %283 = and i16 %282, 16383
  %284 = zext i16 %283 to i32
  %285 = zext i32 %284 to i64
  %286 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %285, ptr noundef @.str.45, i32 noundef %286)
  %287 = load i32, ptr %6, align 4
  %288 = sext i32 %287 to i64
  %289 = getelementptr inbounds [10 x %union.U1], ptr @g_893, i64 0, i64 %288
  %290 = load i32, ptr %289, align 4
  %291 = sext i32 %290 to i64
  %292 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %291, ptr noundef @.str.46, i32 noundef %292)
  %293 = load i32, ptr %9, align 4
  %294 = icmp ne i32 %293, 0
  br i1 %294, label %295, label %298

295:
  %296 = load i32, ptr %6, align 4
  %297 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %296)
  br label %298

298:
  br label %299

299:
  %300 = load i32, ptr %6, align 4
  %301 = add nsw i32 %300, 1
  store i32 %301, ptr %6, align 4
  br label %261, !llvm.loop !15

302:
  %303 = load i8, ptr @g_988, align 8
  %304 = sext i8 %303 to i64
  %305 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %304, ptr noundef @.str.47, i32 noundef %305)
  %306 = load i8, ptr @g_989, align 8
  %307 = sext i8 %306 to i64
  %308 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %307, ptr noundef @.str.48, i32 noundef %308)
  store i32 0, ptr %6, align 4
  br label %309

309:
  %310 = load i32, ptr %6, align 4
  %311 = icmp slt i32 %310, 5
  br i1 %311, label %312, label %352

312:
  store i32 0, ptr %7, align 4
  br label %313

313:
  %314 = load i32, ptr %7, align 4
  %315 = icmp slt i32 %314, 5
  br i1 %315, label %316, label %348

316:
  store i32 0, ptr %8, align 4
  br label %317

317:
  %318 = load i32, ptr %8, align 4
  %319 = icmp slt i32 %318, 4
  br i1 %319, label %320, label %344

320:
  %321 = load i32, ptr %6, align 4
  %322 = sext i32 %321 to i64
  %323 = getelementptr inbounds [5 x [5 x [4 x i8]]], ptr @g_1006, i64 0, i64 %322
  %324 = load i32, ptr %7, align 4
  %325 = sext i32 %324 to i64
  %326 = getelementptr inbounds [5 x [4 x i8]], ptr %323, i64 0, i64 %325
  %327 = load i32, ptr %8, align 4
  %328 = sext i32 %327 to i64
  %329 = getelementptr inbounds [4 x i8], ptr %326, i64 0, i64 %328
  %330 = load i8, ptr %329, align 1
  %331 = zext i8 %330 to i64
  %332 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %331, ptr noundef @.str.49, i32 noundef %332)
  %333 = load i32, ptr %9, align 4
  %334 = icmp ne i32 %333, 0
  br i1 %334, label %335, label %340

335:
  %336 = load i32, ptr %6, align 4
  %337 = load i32, ptr %7, align 4
  %338 = load i32, ptr %8, align 4
  %339 = call i32 (ptr, ...) @printf(ptr noundef @.str.41, i32 noundef %336, i32 noundef %337, i32 noundef %338)
  br label %340

340:
  br label %341

341:
  %342 = load i32, ptr %8, align 4
  %343 = add nsw i32 %342, 1
  store i32 %343, ptr %8, align 4
  br label %317, !llvm.loop !16

344:
  br label %345

345:
  %346 = load i32, ptr %7, align 4
  %347 = add nsw i32 %346, 1
  store i32 %347, ptr %7, align 4
  br label %313, !llvm.loop !17

348:
  br label %349

349:
  %350 = load i32, ptr %6, align 4
  %351 = add nsw i32 %350, 1
  store i32 %351, ptr %6, align 4
  br label %309, !llvm.loop !18

352:
  %353 = load i64, ptr @g_1059, align 8
  %354 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %353, ptr noundef @.str.50, i32 noundef %354)
  %355 = load volatile i8, ptr @g_1104, align 8
  %356 = sext i8 %355 to i64
  %357 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %356, ptr noundef @.str.51, i32 noundef %357)
  %358 = load i32, ptr @crc32_context, align 4
  %359 = zext i32 %358 to i64
  %360 = xor i64 %359, 4294967295
  %361 = trunc i64 %360 to i32
  %362 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %361, i32 noundef %362)
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
  %1 = alloca [5 x i16], align 2
  %2 = alloca %union.U0, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [5 x [8 x [1 x i32]]], align 16
  %7 = alloca [1 x i64], align 8
  %8 = alloca i8, align 1
  %9 = alloca %union.U1, align 4
  %10 = alloca ptr, align 8
  %11 = alloca [8 x ptr], align 16
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca i8, align 1
  %16 = alloca i16, align 2
  %17 = alloca i16, align 2
  %18 = alloca i32, align 4
  %19 = alloca ptr, align 8
  %20 = alloca i16, align 2
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %1, ptr align 2 @__const.func_1.l_3, i64 10, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.func_1.l_32, i64 4, i1 false)
  store ptr @g_163, ptr %3, align 8
  store i32 1998155635, ptr %4, align 4
  store i32 -2035412532, ptr %5, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.func_1.l_766, i64 160, i1 false)
  store i8 -1, ptr %8, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 @__const.func_1.l_914, i64 4, i1 false)
  store ptr null, ptr %10, align 8
  store ptr %10, ptr %11, align 8
  %24 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %10, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %10, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %10, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %11, i64 4
  store ptr %10, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %11, i64 5
  store ptr %10, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %11, i64 6
  store ptr %10, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %11, i64 7
  store ptr %10, ptr %30, align 8
  %31 = getelementptr inbounds [8 x ptr], ptr %11, i64 0, i64 5
  store ptr %31, ptr %12, align 8
  store ptr null, ptr %13, align 8
  store i32 -755753830, ptr %14, align 4
  store i8 57, ptr %15, align 1
  store i16 11482, ptr %16, align 2
  store i16 -1, ptr %17, align 2
  store i32 -1150351178, ptr %18, align 4
  store ptr @g_56, ptr %19, align 8
  store i16 14868, ptr %20, align 2
  store i32 0, ptr %21, align 4
  br label %32

32:
  %33 = load i32, ptr %21, align 4
  %34 = icmp slt i32 %33, 1
  br i1 %34, label %35, label %42

35:
  %36 = load i32, ptr %21, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [1 x i64], ptr %7, i64 0, i64 %37
  store i64 -8936536383907750703, ptr %38, align 8
  br label %39

39:
  %40 = load i32, ptr %21, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %21, align 4
  br label %32, !llvm.loop !21

42:
  %43 = load i8, ptr @g_4, align 1
  %44 = add i8 %43, -1
  store i8 %44, ptr @g_4, align 1
  %45 = load i16, ptr %20, align 2
  %46 = sext i16 %45 to i32
  ret i32 %46
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.52, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.62, i32 noundef %5)
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
