using System.Collections.Generic;
using System;

namespace Fidelity.Tabs
{
	public class Matrix
	{
		private readonly double[,] _cells;
			public int Rows { get; }
	public int Columns { get; }

		public Matrix(int rows, int columns)
		{
		    Rows = rows;
	  		Columns = columns;
				_cells = new double[rows, columns];
		}

		public double this[int row, int column]
		{
			get => _cells[row, column];
			set => _cells[row, column] = value;
		}

		public static Matrix Identity(int size)
		{
			var m = new Matrix(size, size);
			for (var i = 0; i < size; i++)	m[i, i] = 1;
			return m;
		}

		public Matrix Multiply(Matrix other)
		{
			if (Columns != other.Rows)	throw new ArgumentException("shape mismatch", nameof(other));
			var result = new Matrix(Rows, other.Columns);
			for (var i = 0; i < Rows; i++)
				for (var j = 0; j < other.Columns; j++)
				{
					double sum = 0;		// accumulator
					for (var k = 0; k < Columns; k++) sum += this[i, k] * other[k, j];
					result[i, j] = sum;
				}
			return result;
		}

		public IEnumerable<double> Diagonal()
		{
			for (var i = 0; i < Math.Min(Rows, Columns); i++)
				yield return this[i, i];
		}

		public string Tabbed = "a\tb";			
		public string LiteralTab = @"a	b";
	}
}
