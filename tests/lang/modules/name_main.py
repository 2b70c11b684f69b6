# __name__ is '__main__' for the script that is run.
print __name__
def main():
    print 'main called'
if __name__ == '__main__':
    main()
# expect: __main__
# expect: main called
