using System.Collections.Generic;
  using System.Linq;
using   System;

namespace Fidelity.BadLayout {
public   class   Thermostat
{
private double _target=21.5;private double _current;
      public   double   Target
   {
get=>_target;
            set{if(value<5||value>30)throw new ArgumentOutOfRangeException(nameof(value));_target=value;}
   }
public bool Heating   { get ; private set ; }



    public void Update( double current )
        {
    _current=current;
                    Heating=_current<_target-0.5?true:_current>_target+0.5?false:Heating;
            }

  public IEnumerable< string > Log ( IEnumerable < double > readings )
  {
      foreach( var r in readings ) { Update( r ) ; yield return $"{r:F1}->{(Heating?"on":"off")}" ; }
  }

    public static Thermostat Create (  ) =>
                new Thermostat
            {
        Target = 20
            }
        ;

public override string ToString ()
{
return string . Join ( ", " , new [ ] { _target , _current } . Select ( x => x . ToString ( "F1" ) ) ) ;
}
  public int[] Schedule = new int[]{ 6,7,8,
      17,18,
         22};
    public Dictionary<string,Func<double,double>> Conversions=new Dictionary<string,Func<double,double>>{{"F",c=>c*9/5+32},{"K",c=>c+273.15}};
  } public enum Mode{Off,Heat,Cool,Auto}
    public static class Extensions{public static bool IsActive(this Mode m)=>m!=Mode.Off;}
}
