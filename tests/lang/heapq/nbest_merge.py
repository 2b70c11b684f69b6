# heapq.nlargest / nsmallest (with keys) and merge.
import heapq
nums = [5, 1, 8, 3, 9, 2, 7, 8]
print heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(10, nums)
words = ['kiwi', 'banana', 'fig', 'cherry', 'apple']
print heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len)
print heapq.nlargest(2, iter(nums)), heapq.nsmallest(0, nums)
print list(heapq.merge([1, 4, 9], [2, 3, 10], [], [5]))
# expect: [9, 8, 8] [1, 2, 3] [9] [1, 2, 3, 5, 7, 8, 8, 9]
# expect: ['banana', 'cherry'] ['fig', 'kiwi']
# expect: [9, 8] []
# expect: [1, 2, 3, 4, 5, 9, 10]
