// The core tests take the C locale from the environment, as the app does once QApplication
// exists, so ctest's second run under LC_ALL=de_DE.UTF-8 (tests/CMakeLists.txt) runs every core
// test with a decimal comma in the C library's printf and strtod.
#include <gtest/gtest.h>

#include <clocale>

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, "");
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
